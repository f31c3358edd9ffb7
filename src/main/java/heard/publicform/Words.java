package heard.publicform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The words of one journey's pages: the adult version's or the children and young people's, each
 * from Heard's message bundle ({@code publicform.adult.*}, {@code publicform.young.*}) unless the council
 * has its own wording for it (Settings). A key is looked for with the journey's kind first
 * ({@code what.heading.complaint}), then without ({@code what.heading}).
 */
final class Words {

    /** The code of a form error whose words are already resolved here (no bundle has it, so its text is used). */
    static final String RESOLVED = "publicform.resolved";

    private final MessageSource messages;
    private final Map<String, String> council;
    private final boolean young;
    private final SubmissionKind kind;
    private final Locale locale;

    Words(MessageSource messages, Map<String, String> council, boolean young, SubmissionKind kind, Locale locale) {
        this.messages = messages;
        this.council = council;
        this.young = young;
        this.kind = kind;
        this.locale = locale;
    }

    static String prefix(boolean young) {
        return young ? "publicform.young." : "publicform.adult.";
    }

    boolean young() {
        return young;
    }

    String text(String key, Object... arguments) {
        String found = kind == null ? null : find(key + "." + kind.slug(), arguments);
        if (found == null) {
            found = find(key, arguments);
        }
        if (found == null) {
            throw new NoSuchMessageException(prefix(young) + key, locale);
        }
        return found;
    }

    /** The text, or null where the bundle leaves it out or empty (a hint a question does without). */
    String optional(String key, Object... arguments) {
        String found = kind == null ? null : find(key + "." + kind.slug(), arguments);
        found = found != null ? found : find(key, arguments);
        return found == null || found.isBlank() ? null : found;
    }

    private String find(String key, Object... arguments) {
        String full = prefix(young) + key;
        String own = council.get(full);
        if (own != null) {
            return arguments.length == 0 ? own : new MessageFormat(own.replace("'", "''"), locale).format(arguments);
        }
        return messages.getMessage(full, arguments, null, locale);
    }
}
