package heard.learning;

import java.util.Arrays;
import java.util.Optional;

/** The moves an action's page offers, each a page of its own: its address and whether it asks for a date. */
enum ActionMove {
    ASSIGN("assign", false), START("start", true), COMPLETE("complete", true), DROP("drop", true),
    WORDING("wording", false);

    private final String slug;
    private final boolean asksForDate;

    ActionMove(String slug, boolean asksForDate) {
        this.slug = slug;
        this.asksForDate = asksForDate;
    }

    /** Whether the manager the action is given to may make this move, as well as a complaints officer. */
    boolean ownerMay() {
        return this == START || this == COMPLETE;
    }

    String slug() {
        return slug;
    }

    boolean asksForDate() {
        return asksForDate;
    }

    static Optional<ActionMove> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
