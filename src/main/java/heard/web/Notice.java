package heard.web;

import java.io.Serializable;
import java.util.List;

/**
 * A success message shown once, in a GOV.UK notification banner at the top of the next page
 * (pass it as the flash attribute {@code notice} when redirecting after a change). Serializable
 * because flash attributes live in the session, which is kept in the database.
 */
public record Notice(String key, List<Object> args) implements Serializable {

    public static final String ATTRIBUTE = "notice";

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }

    /** For Thymeleaf's {@code #messages.msgWithParams}. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
