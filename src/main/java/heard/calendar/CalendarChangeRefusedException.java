package heard.calendar;

import java.util.List;

/**
 * A change to the calendar was refused and nothing was changed. Each problem is a sentence for the person
 * who asked, naming what is wrong and where, ready for the error summary of a page.
 */
public final class CalendarChangeRefusedException extends RuntimeException {

    private final List<String> problems;

    CalendarChangeRefusedException(List<String> problems) {
        super(String.join(" ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
