package heard.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.calendar.WorkingDayCalendar;
import heard.calendar.WorkingDays;
import heard.casework.domain.Actor;
import heard.casework.domain.AvailableMoves;
import heard.casework.domain.CaseAccess;
import heard.casework.domain.ComplaintDeadlines;
import heard.casework.domain.ComplaintSnapshot;
import heard.casework.domain.Move;
import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.RestrictionReason;
import heard.casework.domain.SuspensionReason;
import heard.security.CurrentUser;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's API: logs complaints and makes every move on them for the person signed in.
 *
 * <p>Each move names the version of the case the person saw: if someone else has changed it
 * since, the move is refused and nothing is overwritten. Each checks the person may see the case
 * and make the move, then lets the {@link Complaint} check its own rules; a refused move changes
 * nothing. Each change is audited with the case before and after, and its domain events are
 * published once it is saved.
 */
@Service
@Transactional
public class Casework {

    private final ComplaintRepository complaints;
    private final CaseworkSettingsRepository settings;
    private final References references;
    private final WorkingDayCalendar calendar;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Casework(ComplaintRepository complaints, CaseworkSettingsRepository settings, References references,
             WorkingDayCalendar calendar,
             CurrentUser currentUser, StaffDirectory staff, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.references = references;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** The case as the signed-in person may see it, recorded in the audit trail as viewed; empty if they may not. */
    public Optional<CaseView> view(CaseReference reference) {
        StaffMember me = currentUser.require();
        return complaints.findByReference(reference.value())
                .filter(c -> seen(me, c))
                .map(c -> {
                    audit.viewed(subject(c));
                    return viewOf(c, me);
                });
    }

    /**
     * Whether the signed-in person may make this move on this case, as their role and their sight of the case
     * allow (its state aside: the case refuses a move its state does not allow, with a reason).
     */
    public boolean mayMake(CaseReference reference, Move move) {
        StaffMember me = currentUser.require();
        return complaints.findByReference(reference.value())
                .filter(c -> seen(me, c))
                .filter(c -> move.allowedFor(me, c.currentStage().map(Stage::number).orElse(0)))
                .isPresent();
    }

    /** Whether the person may see the case: the access log has the decision, the audit trail a refusal (ASVS 16.3.2). */
    private boolean seen(StaffMember me, Complaint complaint) {
        boolean seen = CaseAccess.canSee(me, complaint);
        heard.security.AccessLog.record("case", complaint.reference().value(), seen, clock.instant());
        if (!seen) {
            audit.noted(subject(complaint), "refused", "Not one of " + me.username() + "'s cases: refused");
        }
        return seen;
    }

    public CaseworkSettings settings() {
        return settings.load();
    }

    // ------------------------------------------------------------------ receiving

    /** Logs a complaint, giving it the next reference in the council's style; only complaints officers and managers log. */
    public CaseReference log(NewComplaint request) {
        return log(request, UUID.randomUUID());
    }

    /**
     * Logs a complaint once for one submission of the form. A second request with the same submission, made
     * while the first is logging it, fails on the submission's key ({@link DuplicateKeyException}) and logs
     * nothing; {@link #loggedBy} then names the case the first made. A complaint logged restricted is logged and
     * restricted as two moves of one change: the restriction is checked, kept in the timeline, audited and
     * published as one made from the case page is.
     */
    public CaseReference log(NewComplaint request, UUID submission) {
        StaffMember me = currentUser.require();
        if (!me.has(Role.COMPLAINTS_OFFICER)) {
            throw Refusal.of("move.notAllowed");
        }
        // Claimed first, so that a second request waits here for the first and then fails, before it takes a reference.
        complaints.claimSubmission(submission);
        CaseworkSettings config = settings.load();
        RecordType type = request.recordType();
        CaseReference reference = references.next(request.details().receivedOn(), type.code());
        Complaint complaint = type == RecordType.REPRESENTATION
                ? Complaint.receiveRepresentation(reference, request.details(), actor(me))
                : Complaint.receive(reference, request.procedure(), request.details(), request.eligibilityReasons(),
                        request.outOfScope(), actor(me));
        ComplaintSnapshot received = ComplaintSnapshot.of(complaint);
        NewComplaint.Restricting restricting = request.restricting();
        if (restricting != null) {
            // Before it is first saved, so that there is no moment at which others may see it.
            complaint.restrict(restricting.reason(), restricting.otherReason(), actor(me));
        }
        complaints.save(complaint, listing(complaint, config), clock.instant());
        audit.changed(subject(complaint), "logged", "Complaint " + reference + " logged", null, received);
        if (restricting != null) {
            audit.changed(subject(complaint), "restricted", "Complaint " + reference + ": restricted", received,
                    ComplaintSnapshot.of(complaint));
        }
        complaint.takeEvents().forEach(events::publishEvent);
        complaints.submissionLogged(submission, reference);
        events.publishEvent(new SubmissionLogged(submission, reference, type, request.procedure()));
        return reference;
    }

    /** The case a submission of the log form made, if it made one. */
    @Transactional(readOnly = true)
    public Optional<CaseReference> loggedBy(UUID submission) {
        return complaints.loggedBy(submission);
    }

    /** Refuses, as {@link #log} would, a complaint that cannot be logged as it stands; logs nothing. */
    void check(NewComplaint request) {
        Complaint.checkReceivable(request.recordType(), request.procedure(), request.details(), request.outOfScope(),
                today());
    }

    public void correctDetails(CaseReference ref, int version, ComplaintDetails details) {
        change(ref, version, Move.CORRECT_DETAILS, "details corrected", (c, a) -> c.correctDetails(details, a));
    }

    public void changeProcedure(CaseReference ref, int version, ProcedureKind to, String reasons, OutOfScopeReason outOfScope) {
        CaseworkSettings config = settings.load();
        change(ref, version, Move.CHANGE_PROCEDURE, "procedure changed",
                (c, a) -> c.changeProcedure(to, reasons, outOfScope, to == null ? null : config.rules(to), a));
    }

    public void acceptLateComplaint(CaseReference ref, int version, String reasons) {
        change(ref, version, Move.ACCEPT_LATE_COMPLAINT, "late complaint accepted", (c, a) -> c.acceptLateComplaint(reasons, a));
    }

    public void answerRepresentation(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.ANSWER_REPRESENTATION, "representation answered", (c, a) -> c.answerRepresentation(on, a));
    }

    public void acknowledge(CaseReference ref, int version, int stage, LocalDate on) {
        change(ref, version, Move.ACKNOWLEDGE, "acknowledged", (c, a) -> c.acknowledge(stage, on, a));
    }

    // ------------------------------------------------------------------ answering

    /** Allocates a stage to a member of staff who answers complaints (a responding or senior manager, or an officer). */
    public void allocate(CaseReference ref, int version, int stage, long responderId) {
        StaffMember responder = staff.byId(responderId).filter(StaffMember::active)
                .filter(m -> m.has(Role.RESPONDING_MANAGER) || m.has(Role.SENIOR_MANAGER) || m.has(Role.COMPLAINTS_OFFICER))
                .orElseThrow(() -> new Refusal("responderId", "allocate.notAResponder"));
        change(ref, version, Move.ALLOCATE, "allocated",
                (c, a) -> c.allocate(stage, responder.id(), responder.displayName(), a));
    }

    public void extend(CaseReference ref, int version, int stage, WorkingDays to, LocalDate agreedOn, String reason) {
        CaseworkSettings config = settings.load();
        change(ref, version, Move.EXTEND, "extended",
                (c, a) -> c.extend(stage, to, agreedOn, reason, config.rules(c.procedure()), a));
    }

    public void respond(CaseReference ref, int version, int stage, LocalDate on, Outcome outcome,
                        List<ElementFinding> findings, List<Remedy> remedies, List<String> actions) {
        change(ref, version, Move.RESPOND, "responded",
                (c, a) -> c.respond(stage, on, outcome, findings, remedies, actions, a));
    }

    public void requestNextStage(CaseReference ref, int version, LocalDate on, String discretion) {
        CaseworkSettings config = settings.load();
        change(ref, version, Move.REQUEST_NEXT_STAGE, "next stage requested",
                (c, a) -> c.requestNextStage(on, discretion, config.rules(c.procedure()), calendar, a));
    }

    public void appointInvestigatingOfficer(CaseReference ref, int version, Appointment officer) {
        change(ref, version, Move.APPOINT_INVESTIGATORS, "investigating officer appointed",
                (c, a) -> c.appointInvestigatingOfficer(officer, a));
    }

    public void appointIndependentPerson(CaseReference ref, int version, Appointment person) {
        change(ref, version, Move.APPOINT_INVESTIGATORS, "independent person appointed",
                (c, a) -> c.appointIndependentPerson(person, a));
    }

    /**
     * Appoints the Investigating Officer, the Independent Person, or both (a null is left as it is)
     * as one change: both are saved, or, if either is refused, neither.
     */
    public void appointInvestigators(CaseReference ref, int version, Appointment officer, Appointment person) {
        change(ref, version, Move.APPOINT_INVESTIGATORS, "investigators appointed", (c, a) -> {
            if (officer != null) {
                c.appointInvestigatingOfficer(officer, a);
            }
            if (person != null) {
                c.appointIndependentPerson(person, a);
            }
        });
    }

    /**
     * Stage 2's written statement of complaint is sent to the complainant for agreement (again, amended, if it was
     * sent before). With no day to agree by, the council's number of working days after sending (in Settings).
     */
    public void sendStatement(CaseReference ref, int version, LocalDate sentOn, LocalDate agreeBy) {
        LocalDate by = agreeBy != null || sentOn == null ? agreeBy : defaultAgreeBy(sentOn);
        change(ref, version, Move.SEND_STATEMENT, "statement of complaint sent for agreement",
                (c, a) -> c.sendStatement(sentOn, by, a));
    }

    private LocalDate defaultAgreeBy(LocalDate sentOn) {
        try {
            return calendar.add(sentOn, settings.load().statementAgreementDays());
        } catch (heard.calendar.CalendarNotKnownException e) {
            throw new Refusal("agreeBy", "statement.agreeByNotKnown");
        }
    }

    public void agreeStatement(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.AGREE_STATEMENT, "statement of complaint agreed", (c, a) -> c.agreeStatement(on, a));
    }

    public void recordInvestigationReport(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.RECORD_INVESTIGATION_REPORT, "investigation reported",
                (c, a) -> c.recordInvestigationReport(on, a));
    }

    /** A senior manager adjudicates Stage 2: the adjudicator must hold the senior manager role. */
    public void adjudicate(CaseReference ref, int version, long adjudicatorId, LocalDate on, Outcome outcome,
                           List<ElementFinding> findings, List<Remedy> remedies, List<String> actions) {
        StaffMember adjudicator = staff.byId(adjudicatorId).filter(m -> m.has(Role.SENIOR_MANAGER))
                .orElseThrow(() -> new Refusal("adjudicatorId", "adjudicate.notASeniorManager"));
        change(ref, version, Move.ADJUDICATE, "adjudicated",
                (c, a) -> c.adjudicate(adjudicator.id(), adjudicator.displayName(), on, outcome, findings, remedies, actions, a));
    }

    public void appointPanel(CaseReference ref, int version, Appointment chair, Appointment one, Appointment two) {
        change(ref, version, Move.APPOINT_PANEL, "review panel appointed", (c, a) -> c.appointPanel(chair, one, two, a));
    }

    public void holdPanel(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.HOLD_PANEL, "review panel held", (c, a) -> c.holdPanel(on, a));
    }

    public void recordPanelReport(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.RECORD_PANEL_REPORT, "review panel reported", (c, a) -> c.recordPanelReport(on, a));
    }

    // ------------------------------------------------------------------ any time

    public void withdraw(CaseReference ref, int version, LocalDate on, String reason) {
        change(ref, version, Move.WITHDRAW, "withdrawn", (c, a) -> c.withdraw(on, reason, a));
    }

    public void suspend(CaseReference ref, int version, LocalDate from, SuspensionReason reason) {
        change(ref, version, Move.SUSPEND, "suspended", (c, a) -> c.suspend(from, reason, a));
    }

    public void resume(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.RESUME, "resumed", (c, a) -> c.resume(on, a));
    }

    public void recordAdr(CaseReference ref, int version, AdrSession session, Money cost) {
        change(ref, version, Move.RECORD_ADR, "alternative dispute resolution recorded", (c, a) -> c.recordAdr(session, cost, a));
    }

    public void recordCost(CaseReference ref, int version, Cost cost) {
        change(ref, version, Move.RECORD_COST, "cost recorded", (c, a) -> c.recordCost(cost, a));
    }

    public void addNote(CaseReference ref, int version, String text) {
        change(ref, version, Move.ADD_NOTE, "note added", (c, a) -> c.addNote(text, a));
    }

    public void close(CaseReference ref, int version, LocalDate on) {
        change(ref, version, Move.CLOSE, "closed", (c, a) -> c.close(on, a));
    }

    public void reopen(CaseReference ref, int version, String reasons) {
        change(ref, version, Move.REOPEN, "reopened", (c, a) -> c.reopen(reasons, a));
    }

    // ------------------------------------------------------------------ restriction

    /** Restricts the case to the staff named on it and complaints managers (docs/security.md, "Restricted records"). */
    public void restrict(CaseReference ref, int version, RestrictionReason reason, String otherReason) {
        change(ref, version, Move.RESTRICT, "restricted", (c, a) -> c.restrict(reason, otherReason, a));
    }

    public void liftRestriction(CaseReference ref, int version, String reasons) {
        change(ref, version, Move.LIFT_RESTRICTION, "restriction lifted", (c, a) -> c.liftRestriction(reasons, a));
    }

    /**
     * Whether the signed-in person still sees the case, after a move of their own may have taken it from their
     * sight (an officer restricting a case they are not named on); not a request for the case, so not audited.
     */
    @Transactional(readOnly = true)
    public boolean stillSees(CaseReference reference) {
        StaffMember me = currentUser.require();
        return complaints.findByReference(reference.value()).filter(c -> CaseAccess.canSee(me, c)).isPresent();
    }

    /**
     * Who sees a restricted case: the staff named on it, then every complaints manager, by name; empty for a case
     * that is not restricted.
     */
    public List<StaffMember> restrictedTo(Complaint complaint) {
        if (!complaint.isRestricted()) {
            return List.of();
        }
        java.util.Map<Long, StaffMember> people = new java.util.LinkedHashMap<>();
        namedOn(complaint).forEach(m -> people.put(m.id(), m));
        staff.withRole(Role.COMPLAINTS_MANAGER).stream().filter(StaffMember::active)
                .forEach(m -> people.putIfAbsent(m.id(), m));
        return List.copyOf(people.values());
    }

    /** The staff named on the case ({@link Complaint#namedStaff()}) who can sign in. */
    public List<StaffMember> namedOn(Complaint complaint) {
        return complaint.namedStaff().stream().map(staff::byId).flatMap(Optional::stream).filter(StaffMember::active)
                .toList();
    }

    // ------------------------------------------------------------------ the common path of every move

    /** A move on a complaint, given the complaint and who is making it now. */
    @FunctionalInterface
    interface MoveAction {
        void apply(Complaint complaint, Actor actor);
    }

    private void change(CaseReference ref, int version, Move move, String action, MoveAction apply) {
        StaffMember me = currentUser.require();
        Complaint complaint = complaints.findByReference(ref.value())
                .filter(c -> CaseAccess.canSee(me, c))
                .orElseThrow(() -> Refusal.of("case.notFound", ref.value()));
        if (complaint.version() != version) {
            throw Refusal.of("case.changedMeanwhile");
        }
        int stage = complaint.currentStage().map(Stage::number).orElse(0);
        if (!move.allowedFor(me, stage)) {
            throw Refusal.of("move.notAllowed");
        }
        ComplaintSnapshot before = ComplaintSnapshot.of(complaint);
        apply.apply(complaint, actor(me));
        complaints.save(complaint, listing(complaint, settings.load()), clock.instant());
        audit.changed(subject(complaint), action, "Complaint " + ref + ": " + action, before, ComplaintSnapshot.of(complaint));
        complaint.takeEvents().forEach(events::publishEvent);
    }

    CaseView viewOf(Complaint c, StaffMember me) {
        CaseworkSettings config = settings.load();
        ProcedureRules rules = config.rules(c.procedure());
        LocalDate today = today();
        return new CaseView(c, rules, ComplaintDeadlines.of(c, rules, calendar, today),
                ComplaintDeadlines.current(c, rules, calendar, today),
                ComplaintDeadlines.mayEscalateAfter(c, calendar, today),
                ComplaintDeadlines.nextStageRequestDue(c, rules, calendar),
                AvailableMoves.of(c, rules, me), today);
    }

    ComplaintRepository.Listing listing(Complaint c, CaseworkSettings config) {
        ProcedureRules rules = config.rules(c.procedure());
        List<CaseDeadline> open = ComplaintDeadlines.open(c, rules, calendar, today());
        Optional<CaseDeadline> current = open.stream().min(Comparator.comparing(CaseDeadline::effectiveDue));
        Integer stage = c.currentStage().map(Stage::number).orElse(null);
        Long responder = c.currentStage().map(Stage::responderId).orElse(null);
        return new ComplaintRepository.Listing(stage, responder, current.map(CaseDeadline::effectiveDue).orElse(null),
                current.map(CaseDeadline::kind).orElse(null),
                open.stream().map(d -> new ComplaintRepository.OpenDeadline(d.kind(), d.stage(), d.effectiveDue(),
                        d.extendedDue() != null, owner(c, d))).toList());
    }

    /**
     * Who must meet a deadline: the manager its stage is allocated to, or for Stage 2 before that, the
     * Investigating Officer where they sign in to Heard. An acknowledgement is the complaints team's: nobody's own.
     */
    private static Long owner(Complaint c, CaseDeadline d) {
        if (d.kind() == CaseDeadline.Kind.ACKNOWLEDGEMENT) {
            return null;
        }
        return c.stage(d.stage()).map(s -> s.responderId() != null ? s.responderId()
                : s.investigatingOfficer() != null ? s.investigatingOfficer().staffId() : null).orElse(null);
    }

    private Actor actor(StaffMember me) {
        return new Actor(me.displayName(), today(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static AuditSubject subject(Complaint complaint) {
        return new AuditSubject("case", complaint.reference().value());
    }
}
