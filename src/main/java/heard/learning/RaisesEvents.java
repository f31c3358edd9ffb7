package heard.learning;

import java.util.ArrayList;
import java.util.List;

/** An aggregate's domain events, kept until {@link Learning} publishes them after saving it. */
abstract class RaisesEvents {

    private final List<Object> events = new ArrayList<>();

    final void occurred(Object event) {
        events.add(event);
    }

    final List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
