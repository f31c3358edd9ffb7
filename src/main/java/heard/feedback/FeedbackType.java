package heard.feedback;

import java.util.Locale;

/** Feedback that is not a case (the case log's {@code record_type} for these). */
public enum FeedbackType {
    COMPLIMENT, COMMENT, MEMBER_ENQUIRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
