package heard.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.Restriction;
import heard.casework.domain.RestrictionReason;
import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
import heard.organisation.Team;
import heard.web.DateParts;
import heard.web.EmailAddress;
import heard.web.FormProblems;
import org.springframework.validation.BindingResult;

/**
 * What the complaints officer types when logging a complaint (and corrects later), as typed.
 * The fields are in the order of the page, which is the order of the error summary. Serializable
 * because a complaint waits in the session, kept in the database, while the officer checks it.
 *
 * @param elements   the numbered elements, one a box; blank boxes are dropped
 * @param onChildsBehalf yes or no
 * @param childDisabled  yes, no or unknown
 * @param restrict       yes to log the case restricted, for restrictionReason (asked only when logging)
 */
public record ComplaintForm(DateParts receivedOn, Channel channel, RecordType recordType,
                     String complainantName, String complainantAddress, String complainantPhone, String complainantEmail,
                     ComplainantRole complainantRole, List<String> complainantRestrictions,
                     String childName, DateParts childDateOfBirth, Sex childSex, Ethnicity.Code childEthnicity,
                     String childDisabled, String onChildsBehalf, ChildConsent childConsent,
                     Advocacy advocacy, String advocacyProvider,
                     Long serviceAreaId, Long teamId, List<Long> issueIds,
                     List<String> elements, String desiredOutcome, String summary, DateParts matterOccurredOn,
                     ProcedureKind procedure, String eligibilityReasons, OutOfScopeReason outOfScope,
                     String restrict, RestrictionReason restrictionReason, String restrictionOtherReason,
                     Integer version) implements Serializable {

    /** Boxes for elements shown at first; Add another element adds one more. */
    static final int FIRST_ELEMENT_BOXES = 3;

    /** The values of the contact restrictions' checkboxes. */
    public static final String DO_NOT_CONTACT = "doNotContact";
    public static final String ADDRESS_RESTRICTED = "addressRestricted";

    public ComplaintForm {
        elements = elements == null ? new ArrayList<>() : new ArrayList<>(elements);
        while (elements.size() < FIRST_ELEMENT_BOXES) {
            elements.add("");
        }
        issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
        complainantRestrictions = complainantRestrictions == null ? List.of() : List.copyOf(complainantRestrictions);
        receivedOn = receivedOn == null ? DateParts.of(null) : receivedOn;
        childDateOfBirth = childDateOfBirth == null ? DateParts.of(null) : childDateOfBirth;
        matterOccurredOn = matterOccurredOn == null ? DateParts.of(null) : matterOccurredOn;
    }

    /** A blank form for a complaint received today. */
    static ComplaintForm receivedOn(LocalDate today) {
        return new ComplaintForm(DateParts.of(today), null, RecordType.COMPLAINT, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The form filled in from a case, to correct its details. */
    public static ComplaintForm of(Complaint c) {
        ComplaintDetails d = c.details();
        Child child = d.child();
        return new ComplaintForm(DateParts.of(d.receivedOn()), d.channel(), c.recordType(), d.complainant().name(),
                d.complainant().address(), d.complainant().phone(), d.complainant().email(), d.complainant().role(),
                restrictions(d.complainant()), child.name(), DateParts.of(child.dateOfBirth()), child.sex(),
                child.ethnicity() == null ? null : child.ethnicity().code(),
                child.disabled() == null ? "unknown" : child.disabled() ? "yes" : "no",
                d.onChildsBehalf() ? "yes" : "no", d.childConsent(), d.advocacy(), d.advocacyProvider(),
                d.serviceAreaId(), d.teamId(), d.issueIds(), new ArrayList<>(d.elements()), d.desiredOutcome(),
                d.summary(), DateParts.of(d.matterOccurredOn()), c.procedure(), null, c.outOfScope(), null, null, null,
                c.version());
    }

    private static List<String> restrictions(Complainant complainant) {
        List<String> checked = new ArrayList<>();
        if (complainant.doNotContact()) {
            checked.add(DO_NOT_CONTACT);
        }
        if (complainant.addressRestricted()) {
            checked.add(ADDRESS_RESTRICTED);
        }
        return checked;
    }

    /** This form with one more box for an element. */
    public ComplaintForm withAnotherElement() {
        List<String> more = new ArrayList<>(elements);
        more.add("");
        return new ComplaintForm(receivedOn, channel, recordType, complainantName, complainantAddress, complainantPhone,
                complainantEmail, complainantRole, complainantRestrictions, childName, childDateOfBirth, childSex, childEthnicity, childDisabled,
                onChildsBehalf, childConsent, advocacy, advocacyProvider, serviceAreaId, teamId, issueIds, more,
                desiredOutcome, summary, matterOccurredOn, procedure, eligibilityReasons, outOfScope, restrict,
                restrictionReason, restrictionOtherReason, version);
    }

    /** Checks what the domain cannot: dates as typed, answers the page asks for, and the team's service area. */
    public void validateDetails(BindingResult result, Organisation organisation) {
        receivedOn.validateRequired(result, "receivedOn");
        if (channel == null) {
            result.rejectValue("channel", "log.channel.missing");
        }
        if (complainantRole == null) {
            result.rejectValue("complainantRole", "log.complainantRole.missing");
        }
        if (complainantEmail != null && !complainantEmail.isBlank() && !EmailAddress.valid(complainantEmail.strip())) {
            result.rejectValue("complainantEmail", "log.complainantEmail.invalid");
        }
        childDateOfBirth.validateOptional(result, "childDateOfBirth");
        if (onChildsBehalf == null) {
            result.rejectValue("onChildsBehalf", "log.onChildsBehalf.missing");
        }
        if (advocacy == null) {
            result.rejectValue("advocacy", "log.advocacy.missing");
        }
        if (teamId != null && serviceAreaId != null
                && organisation.team(teamId).map(Team::serviceAreaId).filter(serviceAreaId::equals).isEmpty()) {
            result.rejectValue("teamId", "log.team.notInArea");
        }
        if (recordType != RecordType.REPRESENTATION && elements.stream().allMatch(e -> e == null || e.isBlank())) {
            result.rejectValue("elements", "log.elements.missing");
        }
        matterOccurredOn.validateOptional(result, "matterOccurredOn");
    }

    /**
     * Checks, for logging only, that the service area, team and issues chosen are still offered:
     * they may have closed since the form was filled in. A correction may keep them, as an old case had them.
     */
    void validateStillOffered(BindingResult result, Organisation organisation, LocalDate today) {
        if (serviceAreaId != null) {
            organisation.serviceArea(serviceAreaId).filter(a -> !a.openOn(today)).ifPresent(a ->
                    result.rejectValue("serviceAreaId", "log.serviceArea.closed", new Object[] {a.name()}, null));
        }
        if (teamId != null) {
            organisation.team(teamId).filter(t -> !t.openOn(today)).ifPresent(t ->
                    result.rejectValue("teamId", "log.team.closed", new Object[] {t.nameOn(today)}, null));
        }
        List<String> retired = issueIds.stream().map(organisation::issueCategory).flatMap(Optional::stream)
                .filter(i -> !i.active()).map(IssueCategory::name).toList();
        if (!retired.isEmpty()) {
            result.rejectValue("issueIds", "log.issues.retired", new Object[] {String.join(", ", retired)}, null);
        }
    }

    /** Checks the choice of record type and procedure, which only logging asks for. */
    void validateRouting(BindingResult result) {
        if (recordType == null) {
            result.rejectValue("recordType", "log.recordType.missing");
        } else if (recordType == RecordType.COMPLAINT && procedure == null) {
            result.rejectValue("procedure", "procedure.missing");
        }
    }

    /** Whether the case is to be logged restricted. */
    boolean restricted() {
        return "yes".equals(restrict);
    }

    /**
     * Checks a restriction asked for by the rules of restricting a case from its page, each refusal against this
     * form's field; a reason chosen without asking for the restriction is not asked for.
     */
    void validateRestriction(BindingResult result) {
        if (!restricted()) {
            return;
        }
        try {
            Restriction.checkedOtherReason(restrictionReason, restrictionOtherReason);
        } catch (Refusal refusal) {
            FormProblems.reject(result, "reason".equals(refusal.field()) ? "restrictionReason" : "restrictionOtherReason",
                    refusal.messageKey(), refusal.arguments());
        }
    }

    /** The details, once validated; a team chosen without its service area brings its area. */
    public ComplaintDetails details(Organisation organisation) {
        Long area = serviceAreaId != null || teamId == null ? serviceAreaId
                : organisation.team(teamId).map(Team::serviceAreaId).orElse(null);
        Ethnicity ethnicity = childEthnicity == null ? null : new Ethnicity(childEthnicity, null);
        Boolean disabled = "yes".equals(childDisabled) ? Boolean.TRUE : "no".equals(childDisabled) ? Boolean.FALSE : null;
        return new ComplaintDetails(receivedOn.toLocalDate().orElseThrow(), channel,
                new Complainant(complainantName, complainantAddress, complainantPhone, complainantEmail, complainantRole,
                        complainantRestrictions.contains(DO_NOT_CONTACT), complainantRestrictions.contains(ADDRESS_RESTRICTED)),
                new Child(childName, childDateOfBirth.toLocalDate().orElse(null), null, childSex, ethnicity, disabled),
                "yes".equals(onChildsBehalf), childConsent, advocacy, advocacy == Advocacy.NOT_OFFERED ? null : advocacyProvider,
                area, teamId, issueIds, elements, desiredOutcome, summary, matterOccurredOn.toLocalDate().orElse(null));
    }

    NewComplaint newComplaint(Organisation organisation) {
        return recordType == RecordType.REPRESENTATION
                ? new NewComplaint(RecordType.REPRESENTATION, details(organisation), null, null, null, restricting())
                : new NewComplaint(RecordType.COMPLAINT, details(organisation), procedure, eligibilityReasons,
                        procedure == ProcedureKind.NON_QUALIFYING ? outOfScope : null, restricting());
    }

    private NewComplaint.Restricting restricting() {
        return restricted() ? new NewComplaint.Restricting(restrictionReason, restrictionOtherReason) : null;
    }
}
