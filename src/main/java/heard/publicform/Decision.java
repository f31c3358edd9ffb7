package heard.publicform;

import java.util.Optional;

import heard.casework.ProcedureKind;
import heard.feedback.FeedbackType;

/** What a complaints officer makes of a submission. */
enum Decision {
    STATUTORY_COMPLAINT, CORPORATE_COMPLAINT, COMPLIMENT, COMMENT, MEMBER_ENQUIRY, NOT_FOR_HEARD,
    /** Logged on the log form as something else than the officer first chose: a representation, or out of scope. */
    OTHER_CASE;

    /** The choices an officer is offered; the last is only ever what the log form made of a complaint. */
    static final java.util.List<Decision> OFFERED = java.util.List.of(STATUTORY_COMPLAINT, CORPORATE_COMPLAINT, COMPLIMENT,
            COMMENT, MEMBER_ENQUIRY, NOT_FOR_HEARD);

    /** What a case logged on the log form was. */
    static Decision ofCase(heard.casework.RecordType type, ProcedureKind procedure) {
        if (type != heard.casework.RecordType.COMPLAINT || procedure == null) {
            return OTHER_CASE;
        }
        return switch (procedure) {
            case STATUTORY -> STATUTORY_COMPLAINT;
            case CORPORATE -> CORPORATE_COMPLAINT;
            default -> OTHER_CASE;
        };
    }

    /** The procedure of a complaint, logged through casework's log form. */
    Optional<ProcedureKind> procedure() {
        return switch (this) {
            case STATUTORY_COMPLAINT -> Optional.of(ProcedureKind.STATUTORY);
            case CORPORATE_COMPLAINT -> Optional.of(ProcedureKind.CORPORATE);
            default -> Optional.empty();
        };
    }

    /** The kind of feedback record, logged at once. */
    Optional<FeedbackType> feedbackType() {
        return switch (this) {
            case COMPLIMENT -> Optional.of(FeedbackType.COMPLIMENT);
            case COMMENT -> Optional.of(FeedbackType.COMMENT);
            case MEMBER_ENQUIRY -> Optional.of(FeedbackType.MEMBER_ENQUIRY);
            default -> Optional.empty();
        };
    }
}
