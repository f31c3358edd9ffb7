package heard.feedback;

import java.time.LocalDate;
import java.util.List;

import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.organisation.Organisation;
import heard.organisation.Team;
import heard.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * A compliment, comment or member enquiry as the complaints officer types it in, or corrects it later.
 * The fields are in the order of the page, which is the order of the error summary, and named as
 * {@link FeedbackRecord} names them, so that a refusal from {@link Feedbacks#log} or
 * {@link Feedbacks#correct} lands on the right field.
 *
 * @param version the record's, when correcting one; null when logging
 */
record FeedbackForm(FeedbackType type, DateParts receivedOn, Channel channel, String fromName,
                    ComplainantRole complainantRole, String fromContact, Long serviceAreaId, Long teamId,
                    List<Long> issueIds, String summary, Integer version) {

    /** The form's name in the model, which its messages are keyed with: the same on both pages, so they share them. */
    static final String MODEL = "feedbackForm";

    FeedbackForm {
        receivedOn = receivedOn == null ? DateParts.of(null) : receivedOn;
        issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
    }

    /** A blank form for feedback received today. */
    static FeedbackForm receivedOn(LocalDate today) {
        return new FeedbackForm(null, DateParts.of(today), null, null, null, null, null, null, null, null, null);
    }

    /** The form filled in from a record, to correct it. */
    static FeedbackForm of(Feedbacks.Versioned v) {
        FeedbackRecord r = v.record();
        return new FeedbackForm(r.type(), DateParts.of(r.receivedOn()), r.channel(), r.fromName(), r.complainantRole(),
                r.fromContact(), r.serviceAreaId(), r.teamId(), r.issueIds(), r.summary(), v.version());
    }

    /** Checks what the page asks for and the domain cannot: dates as typed, answers given, the team's service area. */
    void validate(BindingResult result, Organisation organisation) {
        if (type == null) {
            result.rejectValue("type", "feedback.type.missing");
        }
        receivedOn.validateRequired(result, "receivedOn");
        if (channel == null) {
            result.rejectValue("channel", "feedback.channel.missing");
        }
        if (type == FeedbackType.MEMBER_ENQUIRY) {
            if (fromName == null || fromName.isBlank()) {
                result.rejectValue("fromName", "feedback.fromName.member.missing");
            }
            // An enquiry is from the MP or councillor, even when they write for a constituent.
            if (complainantRole != null && complainantRole != ComplainantRole.ELECTED_MEMBER) {
                result.rejectValue("complainantRole", "feedback.complainantRole.notAMember");
            }
        }
        if (teamId != null && serviceAreaId != null
                && organisation.team(teamId).map(Team::serviceAreaId).filter(serviceAreaId::equals).isEmpty()) {
            result.rejectValue("teamId", "feedback.team.notInArea");
        }
        if (summary == null || summary.isBlank()) {
            result.rejectValue("summary", type == FeedbackType.COMPLIMENT ? "feedback.compliment.words.missing"
                    : "feedback.summary.missing");
        }
    }

    /** Who it is from: an enquiry is always from an elected member, so the page need not be told. */
    ComplainantRole role() {
        return type == FeedbackType.MEMBER_ENQUIRY ? ComplainantRole.ELECTED_MEMBER : complainantRole;
    }

    /** The service area: a team chosen without its service area brings its area. */
    Long serviceArea(Organisation organisation) {
        return serviceAreaId != null || teamId == null ? serviceAreaId
                : organisation.team(teamId).map(Team::serviceAreaId).orElse(null);
    }
}
