package heard.notify;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's open deadlines, for notify to remind their owners of. Implement it as a Spring bean in your
 * own module; notify's daily reminder run asks every one. The module keeps its own deadlines: notify
 * never reads its tables, and stops reminding of a deadline as soon as the source stops returning it
 * (the action done, the remedy complied with).
 *
 * <p>Each day's run asks for every open deadline due on or before a date a few working days ahead, so
 * that it can remind before, alert on the day after and follow up while overdue; answer it with one query
 * on an indexed due date, not by walking records, because there may be a hundred thousand open.
 */
public interface DeadlineSource {

    /** The kinds of deadline this source returns, named for the settings where their reminder days are set. */
    List<DeadlineKind> kinds();

    /** Every deadline still to be met and due on or before {@code dueBy}, including those already overdue. */
    List<OpenDeadline> openDeadlines(LocalDate dueBy);
}
