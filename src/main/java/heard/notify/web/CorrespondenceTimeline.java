package heard.notify.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import heard.notify.outbox.Outbox;
import heard.notify.reminders.StaffMessages;
import heard.web.RecordTimeline;
import org.springframework.stereotype.Component;

/** Each letter and email on a case, in its timeline: what, to whom, by whom, and whether it has gone. */
@Component
class CorrespondenceTimeline implements RecordTimeline {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Outbox outbox;
    private final StaffMessages words;

    CorrespondenceTimeline(Outbox outbox, StaffMessages words) {
        this.outbox = outbox;
        this.words = words;
    }

    @Override
    public List<Entry> entries(String reference) {
        return outbox.forCase(reference).stream().map(m -> new Entry(LocalDate.ofInstant(m.createdAt(), LONDON),
                m.createdAt(),
                words.text("notify.timeline." + m.channel().name(),
                        m.templateKey() == null ? m.subject() : words.text("notify.template." + m.templateKey()),
                        m.recipientName() == null ? "" : m.recipientName()),
                words.text("notify.timeline.status", words.text("notify.status." + m.status().name())),
                m.createdBy(), CorrespondenceController.path(reference, "/correspondence/" + m.id()))).toList();
    }
}
