package heard.notify;

import java.time.LocalDate;

/**
 * One deadline still to be met, as a {@link DeadlineSource} reports it.
 *
 * @param kind          what kind of deadline it is (its reminder days are set per kind)
 * @param subject       the reference of the record it belongs to, e.g. a case's reference; with the kind and
 *                      {@code stage}, it names the deadline, so a reminder is sent once for it
 * @param stage         which of the record's deadlines of this kind it is (a case's stage, an action's
 *                      number); 0 when a record has one of the kind
 * @param title         a few words for staff saying what is due, e.g. "Stage 1 response"
 * @param due           the day it must be met by (as extended, where it was)
 * @param ownerUsername the member of staff who must meet it, or null when nobody is named yet (the
 *                      complaints managers are then reminded)
 * @param link          the path in Heard where it is met, e.g. {@code /cases/CSC-2026-0042}
 */
public record OpenDeadline(DeadlineKind kind, String subject, int stage, String title, LocalDate due,
                           String ownerUsername, String link) {

    public OpenDeadline {
        if (kind == null || subject == null || subject.isBlank() || due == null || title == null || link == null) {
            throw new IllegalArgumentException("An open deadline has a kind, a subject, a title, a due date and a link");
        }
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("An open deadline's link is a path in Heard: " + link);
        }
    }
}
