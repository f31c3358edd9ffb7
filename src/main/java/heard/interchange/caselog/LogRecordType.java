package heard.interchange.caselog;

import java.util.Locale;

import heard.casework.RecordType;
import heard.feedback.FeedbackType;

/** The case log's {@code record_type}: the two kinds casework holds as cases, and the three feedback holds. */
public enum LogRecordType {
    COMPLAINT, REPRESENTATION, COMPLIMENT, COMMENT, MEMBER_ENQUIRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isCase() {
        return this == COMPLAINT || this == REPRESENTATION;
    }

    RecordType recordType() {
        return RecordType.valueOf(name());
    }

    FeedbackType feedbackType() {
        return FeedbackType.valueOf(name());
    }

    public static LogRecordType of(RecordType type) {
        return valueOf(type.name());
    }

    public static LogRecordType of(FeedbackType type) {
        return valueOf(type.name());
    }
}
