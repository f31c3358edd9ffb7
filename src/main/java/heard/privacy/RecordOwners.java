package heard.privacy;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseworkPersonalData;
import heard.casework.ClosedRecord;
import heard.feedback.FeedbackPersonalData;
import heard.feedback.FeedbackType;
import heard.learning.LearningPersonalData;
import heard.notify.NotifyPersonalData;
import heard.ombudsman.OmbudsmanPersonalData;
import heard.publicform.PublicSubmissionPersonalData;
import org.springframework.stereotype.Component;

/**
 * The modules that own each class of record, asked through their public APIs: privacy never touches their
 * tables. Messages to staff and the audit trail are not here: the schedule's run erases them by age alone
 * (see {@link RetentionSchedule}). What the learning register drew from a record, and the messages Heard sent
 * about it, are erased with the record's own personal data.
 */
@Component
class RecordOwners {

    private final CaseworkPersonalData casework;
    private final FeedbackPersonalData feedback;
    private final OmbudsmanPersonalData ombudsman;
    private final PublicSubmissionPersonalData submissions;
    private final LearningPersonalData learning;
    private final NotifyPersonalData messages;

    RecordOwners(CaseworkPersonalData casework, FeedbackPersonalData feedback, OmbudsmanPersonalData ombudsman,
                 PublicSubmissionPersonalData submissions, LearningPersonalData learning, NotifyPersonalData messages) {
        this.casework = casework;
        this.feedback = feedback;
        this.ombudsman = ombudsman;
        this.submissions = submissions;
        this.learning = learning;
        this.messages = messages;
    }

    /** Records of the class whose handling ended on or before the day and whose personal data is still held. */
    List<ClosedRecord> closedOnOrBefore(RecordClass recordClass, LocalDate day) {
        return switch (recordClass) {
            case COMPLAINT -> casework.closedOnOrBefore(day);
            case COMPLIMENT -> feedback.closedOnOrBefore(FeedbackType.COMPLIMENT, day);
            case COMMENT -> feedback.closedOnOrBefore(FeedbackType.COMMENT, day);
            case ENQUIRY -> feedback.closedOnOrBefore(FeedbackType.MEMBER_ENQUIRY, day);
            case PUBLIC_SUBMISSION -> submissions.closedOnOrBefore(day);
            case STAFF_MESSAGE, AUDIT -> throw new IllegalArgumentException(recordClass + " is erased by age, not record by record");
        };
    }

    /** Erases the record's personal data in the caller's transaction; the owner refuses an open record. */
    void erase(RecordClass recordClass, String reference) {
        switch (recordClass) {
            case COMPLAINT -> {
                casework.erasePersonalData(reference);
                ombudsman.erasePersonalData(reference);
            }
            case COMPLIMENT, COMMENT, ENQUIRY -> {
                feedback.erasePersonalData(reference);
                ombudsman.erasePersonalData(reference);
            }
            case PUBLIC_SUBMISSION -> submissions.erasePersonalData(reference);
            case STAFF_MESSAGE, AUDIT -> throw new IllegalArgumentException(recordClass + " is erased by age, not record by record");
        }
        learning.erasePersonalData(reference);
        messages.erasePersonalData(reference);
    }
}
