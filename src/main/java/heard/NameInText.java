package heard;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's full name as free text holds it, for finding the texts that name a subject access request's
 * person: its words, in order, whole (no letter or digit either side), ignoring case and how much space is
 * between them. "Grace Okafor" is in "as GRACE OKAFOR told us", not in "Grace Okaforson" nor "Mrs Okafor".
 *
 * <p>A module that owns the texts narrows them in the database with {@link #sqlMatching} (the same SQL on H2
 * and PostgreSQL; the name's {@code %}, {@code _} and {@code \} taken as themselves), binding
 * {@link #PARAMETER} to {@link #likePattern()}, then keeps those {@link #isIn} confirms: LIKE cannot tell where
 * a word ends on both databases.
 */
public final class NameInText {

    /** The named parameter {@link #sqlMatching} compares with. */
    public static final String PARAMETER = "nameLike";

    private final List<String> words;
    private final Pattern pattern;

    public NameInText(String fullName) {
        words = fullName == null ? List.of()
                : Arrays.stream(fullName.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A name to search for has at least one word");
        }
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])"
                + String.join("\\s+", words.stream().map(Pattern::quote).toList()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A condition true where any of the columns may hold the name: its words in order, anything between. */
    public static String sqlMatching(String... columns) {
        return "(" + String.join(" OR ", Arrays.stream(columns)
                .map(c -> "LOWER(" + c + ") LIKE LOWER(:" + PARAMETER + ") ESCAPE '\\'").toList()) + ")";
    }

    /** For {@link #sqlMatching}: the words in order with anything between, each {@code %} or {@code _} itself. */
    public String likePattern() {
        return "%" + String.join("%", words.stream().map(NameInText::escaped).toList()) + "%";
    }

    public boolean isIn(String text) {
        return text != null && pattern.matcher(text).find();
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
