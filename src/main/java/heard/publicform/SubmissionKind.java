package heard.publicform;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** What a member of the public tells the council on its website. */
public enum SubmissionKind {
    COMPLAINT, COMPLIMENT, COMMENT;

    /** Its part of the form's address: /feedback/complaint. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SubmissionKind> ofSlug(String slug) {
        return Stream.of(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }
}
