package heard.casework.domain;

import java.time.LocalDate;
import java.util.List;

import heard.casework.AdrSession;
import heard.casework.Appointment;
import heard.casework.CaseStatus;
import heard.casework.Complaint;
import heard.casework.ComplaintDetails;
import heard.casework.Cost;
import heard.casework.ElementFinding;
import heard.casework.Extension;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.Remedy;

/** What the audit trail keeps of a complaint before and after each change. */
public record ComplaintSnapshot(String reference, ProcedureKind procedure, CaseStatus status, ComplaintDetails details,
                         Decision eligibility, OutOfScopeReason outOfScope, Decision lateAcceptance,
                         List<StageSnapshot> stages, List<Remedy> remedies, LocalDate withdrawnOn, String withdrawalReason,
                         List<Suspension> suspensions, List<AdrSession> adr, List<Cost> costs, LocalDate closedOn,
                         Restriction restriction) {

    record StageSnapshot(int number, LocalDate requestedOn, String lateRequestDiscretion, LocalDate acknowledgedOn,
                         Long responderId, String responderName, Extension extension, Appointment investigatingOfficer,
                         Appointment independentPerson, LocalDate statementSentOn, LocalDate statementAgreeBy,
                         int statementAmendments, LocalDate statementAgreedOn, LocalDate reportOn,
                         List<Appointment> panel, LocalDate panelOn, LocalDate panelReportOn, LocalDate respondedOn,
                         Outcome outcome, LocalDate decidedOn, List<ElementFinding> findings, List<String> actions) {
    }

    public static ComplaintSnapshot of(Complaint c) {
        return new ComplaintSnapshot(c.reference().value(), c.procedure(), c.status(), c.details(), c.eligibility(),
                c.outOfScope(), c.lateAcceptance(), c.stages().stream().map(s -> new StageSnapshot(s.number(),
                        s.requestedOn(), s.lateRequestDiscretion(), s.acknowledgedOn(), s.responderId(),
                        s.responderName(), s.extension(), s.investigatingOfficer(), s.independentPerson(),
                        s.statementSentOn(), s.statementAgreeBy(), s.statementAmendments(), s.statementAgreedOn(),
                        s.reportOn(), s.panel(), s.panelOn(), s.panelReportOn(),
                        s.respondedOn(), s.outcome(), s.decidedOn(), s.findings(), s.actions())).toList(), c.remedies(),
                c.withdrawnOn(), c.withdrawalReason(), c.suspensions(), c.adr(), c.costs(), c.closedOn(),
                c.restriction().orElse(null));
    }
}
