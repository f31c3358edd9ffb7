package heard.feedback;

import java.time.LocalDate;
import java.util.List;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Ethnicity;
import heard.casework.Money;
import heard.casework.ProcedureKind;
import heard.casework.RemedyType;
import heard.casework.Sex;

/**
 * A compliment, a comment, or an enquiry from an MP or councillor: who it came from, when and how,
 * which team it is about, its words, and when it was answered. A compliment can be chosen to be
 * quoted in the annual report. The rest of the case log's columns are kept for what an imported
 * history carries, so that it comes back out as it went in.
 *
 * @param fromName    who it came from (the member, for an enquiry), if recorded
 * @param fromContact how to reach them, if recorded
 */
public record FeedbackRecord(CaseReference reference, FeedbackType type, LocalDate receivedOn, Channel channel,
                             ComplainantRole complainantRole, String fromName, String fromContact, Long serviceAreaId,
                             Long teamId, List<Long> issueIds, String summary, LocalDate respondedOn, boolean quotable,
                             ProcedureKind procedure, Sex childSex, Ethnicity childEthnicity, Integer childAge,
                             Advocacy advocacy, LocalDate withdrawnOn, List<RemedyType> remedies, Money remedyPayment,
                             Money costInvestigatingOfficer, Money costIndependentPerson, Money costReviewPanel,
                             Money costMediation) {

    public FeedbackRecord {
        if (reference == null || type == null || receivedOn == null) {
            throw new IllegalArgumentException("Feedback has a reference, a type and the date it was received");
        }
        issueIds = issueIds == null ? List.of() : issueIds.stream().distinct().sorted().toList();
        remedies = remedies == null ? List.of() : remedies.stream().distinct().toList();
        fromName = tidy(fromName);
        fromContact = tidy(fromContact);
        summary = tidy(summary);
    }

    /** Feedback logged in Heard: only what a person records about it. */
    public static FeedbackRecord logged(CaseReference reference, FeedbackType type, LocalDate receivedOn, Channel channel,
                                        ComplainantRole role, String fromName, String fromContact, Long serviceAreaId,
                                        Long teamId, List<Long> issueIds, String summary) {
        return new FeedbackRecord(reference, type, receivedOn, channel, role, fromName, fromContact, serviceAreaId, teamId,
                issueIds, summary, null, false, null, null, null, null, null, null, List.of(), null, null, null, null,
                null);
    }

    FeedbackRecord answered(LocalDate on) {
        return new FeedbackRecord(reference, type, receivedOn, channel, complainantRole, fromName, fromContact,
                serviceAreaId, teamId, issueIds, summary, on, quotable, procedure, childSex, childEthnicity, childAge,
                advocacy, withdrawnOn, remedies, remedyPayment, costInvestigatingOfficer, costIndependentPerson,
                costReviewPanel, costMediation);
    }

    /** What was recorded when it came in, corrected; only a compliment stays quoted. */
    FeedbackRecord corrected(FeedbackType type, LocalDate receivedOn, Channel channel, ComplainantRole role,
                             String fromName, String fromContact, Long serviceAreaId, Long teamId, List<Long> issueIds,
                             String summary) {
        return new FeedbackRecord(reference, type, receivedOn, channel, role, fromName, fromContact, serviceAreaId,
                teamId, issueIds, summary, respondedOn, quotable && type == FeedbackType.COMPLIMENT, procedure, childSex,
                childEthnicity, childAge, advocacy, withdrawnOn, remedies, remedyPayment, costInvestigatingOfficer,
                costIndependentPerson, costReviewPanel, costMediation);
    }

    FeedbackRecord quoted(boolean quote) {
        return new FeedbackRecord(reference, type, receivedOn, channel, complainantRole, fromName, fromContact,
                serviceAreaId, teamId, issueIds, summary, respondedOn, quote, procedure, childSex, childEthnicity,
                childAge, advocacy, withdrawnOn, remedies, remedyPayment, costInvestigatingOfficer, costIndependentPerson,
                costReviewPanel, costMediation);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
