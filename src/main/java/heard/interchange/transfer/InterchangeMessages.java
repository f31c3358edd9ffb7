package heard.interchange.transfer;

import java.time.LocalDate;
import java.util.Locale;

import heard.interchange.caselog.Problem;
import heard.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of {@code messages/interchange.properties}, for the command line and for stored problem lists. */
@Component
public class InterchangeMessages {

    private final MessageSource messages;

    InterchangeMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        Object[] readable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            readable[i] = args[i] instanceof LocalDate date ? date.format(FormProblems.GOVUK_DATE) : args[i];
        }
        return messages.getMessage(key, readable, Locale.UK);
    }

    /** What is wrong, without where. */
    public String what(Problem problem) {
        return text(problem.key(), problem.args().toArray());
    }

    /** {@code row N, column C: what is wrong}, as a person fixing their spreadsheet needs it. */
    public String line(Problem problem) {
        if (problem.row() == null) {
            return text("caselog.problem.file", what(problem));
        }
        if (problem.column() == null) {
            return text("caselog.problem.row", problem.row(), what(problem));
        }
        return text("caselog.problem.cell", problem.row(), problem.column(), what(problem));
    }
}
