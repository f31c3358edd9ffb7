package heard.casework;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import heard.calendar.WorkingDayCalendar;
import heard.casework.domain.Actor;
import heard.casework.domain.CorporateProcedure;

/** Complaints in the states the scenarios start from, on Heard's bundled calendar. */
final class ComplaintFixtures {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.withBundledHolidays();
    static final ProcedureRules STATUTORY = ProcedureRules.statutory(3);
    static final ProcedureRules CORPORATE = CorporateProcedure.complaintHandlingCode().rules();

    private ComplaintFixtures() {
    }

    static Actor on(LocalDate today) {
        return new Actor("Olive Officer", today, today.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    static ComplaintDetails details(LocalDate receivedOn) {
        return new ComplaintDetails(receivedOn, Channel.TELEPHONE,
                new Complainant("Pat Parent", null, "07700 900123", null, ComplainantRole.PARENT_RELATIVE),
                new Child("Sam", LocalDate.of(2012, 5, 1), null, Sex.MALE, Ethnicity.parse("WBRI"), false),
                true, ChildConsent.AGREES, Advocacy.OFFERED, "Coram Voice", null, null, List.of(),
                List.of("The social worker did not return calls", "The review meeting was cancelled twice"),
                "An apology and a new social worker", "Communication with the family", null);
    }

    static Complaint aStageOneComplaint(LocalDate receivedOn) {
        return Complaint.receive(new CaseReference("CSC-TEST-1"), ProcedureKind.STATUTORY, details(receivedOn),
                "Parent of a child in need; about the service", null, on(receivedOn));
    }

    static Complaint aCorporateComplaint(LocalDate receivedOn) {
        return Complaint.receive(new CaseReference("CSC-TEST-2"), ProcedureKind.CORPORATE, details(receivedOn),
                "About a school transport decision", null, on(receivedOn));
    }

    static List<ElementFinding> findings(Outcome first, Outcome second) {
        return List.of(new ElementFinding(1, first, null), new ElementFinding(2, second, null));
    }

    /** Stage 1 answered partly upheld with an apology on {@code answeredOn}. */
    static Complaint anAnsweredStageOneComplaint(LocalDate receivedOn, LocalDate answeredOn) {
        Complaint complaint = aStageOneComplaint(receivedOn);
        complaint.allocate(1, 42L, "Rita Responder", on(receivedOn));
        complaint.respond(1, answeredOn, Outcome.PARTIALLY_UPHELD, findings(Outcome.UPHELD, Outcome.NOT_UPHELD),
                List.of(new Remedy(RemedyType.APOLOGY, null, null)), List.of(), on(answeredOn));
        return complaint;
    }

    /** Stage 2 requested, investigators appointed, statement agreed and reported, adjudicated on {@code adjudicatedOn}. */
    static Complaint anAdjudicatedComplaint(LocalDate receivedOn, LocalDate adjudicatedOn) {
        Complaint complaint = anAnsweredStageOneComplaint(receivedOn, receivedOn.plusDays(7));
        LocalDate requested = receivedOn.plusDays(14);
        complaint.requestNextStage(requested, null, STATUTORY, CALENDAR, on(requested));
        complaint.appointInvestigatingOfficer(new Appointment("Ivan Investigator", requested, true), on(requested));
        complaint.appointIndependentPerson(new Appointment("Ida Independent", requested, true), on(requested));
        complaint.agreeStatement(requested.plusDays(3), on(requested.plusDays(3)));
        complaint.recordInvestigationReport(adjudicatedOn.minusDays(5), on(adjudicatedOn));
        complaint.adjudicate(7L, "Sue Senior", adjudicatedOn, Outcome.NOT_UPHELD,
                findings(Outcome.NOT_UPHELD, Outcome.NOT_UPHELD), List.of(), List.of(), on(adjudicatedOn));
        return complaint;
    }
}
