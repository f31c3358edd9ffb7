package heard.learning;

import java.time.LocalDate;

/**
 * Something of the register's that is due: an open action or a remedy not yet carried out, for reminders and
 * digests to chase.
 *
 * @param kind      {@code action} or {@code remedy}
 * @param ownerId   the member of staff the action is given to; null for a remedy, which the complaints team chases
 * @param reference the case it answers
 * @param path      its page in Heard
 */
public record OpenDeadline(String kind, long id, String what, Long ownerId, String reference, LocalDate dueOn,
                           String path) {

    public boolean overdueOn(LocalDate day) {
        return day.isAfter(dueOn);
    }
}
