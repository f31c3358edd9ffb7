package heard.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import heard.calendar.WorkingDayCalendar;
import heard.calendar.WorkingDays;
import heard.casework.domain.Actor;
import heard.casework.domain.CaseAccess;
import heard.casework.domain.Decision;
import heard.casework.domain.ExtensionPolicy;
import heard.casework.domain.LateComplaintRule;
import heard.casework.domain.NextStageEligibility;
import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.PanelIndependence;
import heard.casework.domain.Restriction;
import heard.casework.domain.RestrictionReason;
import heard.casework.domain.Suspension;
import heard.casework.domain.SuspensionReason;
import heard.casework.domain.Text;

/**
 * A complaint, from receipt to closure: the aggregate that owns its state machine.
 *
 * <p>Every change is a named move that checks it is allowed now and refuses with a {@link Refusal}
 * (a reason a person understands) when it is not: nothing is half-changed by a refused move. Each
 * move adds to the case's timeline and may raise a domain event, published when the case is saved.
 */
public final class Complaint {

    private Long id;
    private int version;
    private final CaseReference reference;
    private RecordType recordType;
    private ProcedureKind procedure;
    private LocalDate representationAnsweredOn;
    private ComplaintDetails details;
    private Decision eligibility;
    private OutOfScopeReason outOfScope;
    private Decision lateAcceptance;
    private final List<Stage> stages = new ArrayList<>();
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private final List<Remedy> remedies = new ArrayList<>();
    private final List<Suspension> suspensions = new ArrayList<>();
    private final List<AdrSession> adr = new ArrayList<>();
    private final List<Cost> costs = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private CaseStatus status = CaseStatus.OPEN;
    private LocalDate closedOn;
    private String importedFrom;
    private Restriction restriction;
    private final transient List<Object> events = new ArrayList<>();

    Complaint(CaseReference reference, RecordType recordType, ProcedureKind procedure, ComplaintDetails details) {
        this.reference = reference;
        this.recordType = recordType;
        this.procedure = procedure;
        this.details = details;
    }

    /** A complaint as it was saved: for the repository only, which checked it when it was first saved. */
    Complaint(Long id, int version, CaseReference reference, RecordType recordType, ProcedureKind procedure,
              LocalDate representationAnsweredOn, ComplaintDetails details,
              Decision eligibility, OutOfScopeReason outOfScope, Decision lateAcceptance, List<Stage> stages,
              List<Remedy> remedies, LocalDate withdrawnOn, String withdrawalReason, List<Suspension> suspensions,
              List<AdrSession> adr,
              List<Cost> costs, List<TimelineEntry> timeline, CaseStatus status, LocalDate closedOn,
              String importedFrom, Restriction restriction) {
        this(reference, recordType, procedure, details);
        this.representationAnsweredOn = representationAnsweredOn;
        this.id = id;
        this.version = version;
        this.eligibility = eligibility;
        this.outOfScope = outOfScope;
        this.lateAcceptance = lateAcceptance;
        this.stages.addAll(stages);
        this.remedies.addAll(remedies);
        this.withdrawnOn = withdrawnOn;
        this.withdrawalReason = withdrawalReason;
        this.suspensions.addAll(suspensions);
        this.adr.addAll(adr);
        this.costs.addAll(costs);
        this.timeline.addAll(timeline);
        this.status = status;
        this.closedOn = closedOn;
        this.importedFrom = importedFrom;
        this.restriction = restriction;
    }

    /**
     * This case with everything a case log records replaced by {@code imported}'s, keeping its
     * identity, version and timeline (to which the update is added) and what a log does not carry.
     */
    Complaint replacedBy(Complaint imported, Actor actor) {
        ComplaintDetails log = imported.details;
        Complainant complainant = new Complainant(details.complainant().name(), details.complainant().address(),
                details.complainant().phone(), details.complainant().email(), log.complainant().role());
        Child child = new Child(details.child().name(), details.child().dateOfBirth(),
                details.child().dateOfBirth() == null ? log.child().ageAtReceipt() : null, log.child().sex(),
                log.child().ethnicity(), details.child().disabled());
        ComplaintDetails merged = new ComplaintDetails(log.receivedOn(), log.channel(), complainant, child,
                details.onChildsBehalf(), details.childConsent(), log.advocacy(), details.advocacyProvider(),
                log.serviceAreaId(), log.teamId(), log.issueIds(), details.elements(), details.desiredOutcome(),
                log.summary(), details.matterOccurredOn());
        Complaint result = new Complaint(id, version, reference, imported.recordType, imported.procedure,
                imported.representationAnsweredOn, merged, eligibility, outOfScope, lateAcceptance,
                imported.stages, imported.remedies, imported.withdrawnOn, withdrawalReason, suspensions, adr,
                imported.costs, timeline, imported.status, imported.closedOn, imported.importedFrom, restriction);
        result.note(actor.today(), TimelineEntry.Event.IMPORTED, null, null, null, imported.importedFrom, actor);
        return result;
    }

    /** Called by the repository once the case is saved. */
    void saved(long id, int version) {
        this.id = id;
        this.version = version;
    }

    /**
     * A complaint arrives. Under the statutory or corporate procedure its Stage 1 begins the day it
     * was received; a non-qualifying one is recorded, with why it is out of scope, and stays on file.
     */
    static Complaint receive(CaseReference reference, ProcedureKind procedure, ComplaintDetails details,
                             String eligibilityReasons, OutOfScopeReason outOfScope, Actor actor) {
        checkReceivable(RecordType.COMPLAINT, procedure, details, outOfScope, actor.today());
        return received(reference, RecordType.COMPLAINT, procedure, details, eligibilityReasons, outOfScope, actor);
    }

    /**
     * A representation arrives: a concern the council tries to resolve informally, before any
     * formal complaint. It has no procedure and no stages unless it becomes a formal complaint.
     */
    static Complaint receiveRepresentation(CaseReference reference, ComplaintDetails details, Actor actor) {
        checkReceivable(RecordType.REPRESENTATION, null, details, null, actor.today());
        return received(reference, RecordType.REPRESENTATION, null, details, null, null, actor);
    }

    private static Complaint received(CaseReference reference, RecordType recordType, ProcedureKind procedure,
                                      ComplaintDetails details, String eligibilityReasons, OutOfScopeReason outOfScope,
                                      Actor actor) {
        Complaint complaint = new Complaint(reference, recordType, procedure, details);
        if (procedure != null && procedure.hasStages()) {
            complaint.stages.add(new Stage(1, details.receivedOn()));
        }
        complaint.outOfScope = procedure == ProcedureKind.NON_QUALIFYING ? outOfScope : null;
        if (Text.tidy(eligibilityReasons) != null || outOfScope != null) {
            complaint.eligibility = new Decision(eligibilityReasons == null || eligibilityReasons.isBlank()
                    ? outOfScope.name() : eligibilityReasons, actor.name(), details.receivedOn());
        }
        complaint.note(details.receivedOn(), TimelineEntry.Event.RECEIVED, null, null, null,
                details.channel() == null ? null : details.channel().code(), actor);
        complaint.events.add(new ComplaintReceived(reference, recordType, procedure, details.receivedOn()));
        return complaint;
    }

    // ------------------------------------------------------------------ reading

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public CaseReference reference() {
        return reference;
    }

    public RecordType recordType() {
        return recordType;
    }

    /** The procedure a complaint is handled under; null for a representation. */
    public ProcedureKind procedure() {
        return procedure;
    }

    /** True for a complaint under the statutory or corporate procedure, whose stages have timescales. */
    public boolean hasStageProcedure() {
        return procedure != null && procedure.hasStages();
    }

    /** For a representation: the day the council answered it. */
    public LocalDate representationAnsweredOn() {
        return representationAnsweredOn;
    }

    public ComplaintDetails details() {
        return details;
    }

    public Decision eligibility() {
        return eligibility;
    }

    public OutOfScopeReason outOfScope() {
        return outOfScope;
    }

    public Decision lateAcceptance() {
        return lateAcceptance;
    }

    /** True while a complaint made more than 12 months after the matter waits for a decision to accept it. */
    public boolean awaitsLateDecision() {
        return hasStageProcedure() && lateAcceptance == null
                && LateComplaintRule.isLate(details.matterOccurredOn(), details.receivedOn());
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public Optional<Stage> stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The latest stage, if the complaint has any. */
    public Optional<Stage> currentStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** Everything the council did to put things right, at every stage. */
    public List<Remedy> remedies() {
        return List.copyOf(remedies);
    }

    public List<Remedy> remediesAt(int stage) {
        return remedies.stream().filter(r -> Integer.valueOf(stage).equals(r.stage())).toList();
    }

    public LocalDate acknowledgedOn() {
        return stage(1).map(Stage::acknowledgedOn).orElse(null);
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public List<Suspension> suspensions() {
        return List.copyOf(suspensions);
    }

    public Optional<Suspension> ongoingSuspension() {
        return suspensions.stream().filter(Suspension::isOngoing).findFirst();
    }

    public List<AdrSession> adr() {
        return List.copyOf(adr);
    }

    public List<Cost> costs() {
        return List.copyOf(costs);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** For a case brought in from a case log: "FILE on DATE by USER"; else null. */
    public String importedFrom() {
        return importedFrom;
    }

    /** Whether the case is seen only by the staff named on it and complaints managers ({@link CaseAccess}). */
    public boolean isRestricted() {
        return restriction != null;
    }

    /** Why and since when the case is restricted, if it is. */
    public Optional<Restriction> restriction() {
        return Optional.ofNullable(restriction);
    }

    /**
     * The staff named on the case, who alone (with complaints managers) see it while it is restricted: those
     * allocated to answer any of its stages, and its Investigating Officer and Independent Person where they
     * have a Heard account.
     */
    public Set<Long> namedStaff() {
        Set<Long> named = new java.util.LinkedHashSet<>();
        for (Stage s : stages) {
            if (s.responderId() != null) {
                named.add(s.responderId());
            }
            for (Appointment a : java.util.Arrays.asList(s.investigatingOfficer(), s.independentPerson())) {
                if (a != null && a.staffId() != null) {
                    named.add(a.staffId());
                }
            }
        }
        return named;
    }

    /** Domain events raised since the case was loaded, for the repository to publish once it is saved. */
    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    // ------------------------------------------------------------------ receiving

    /** Corrects what was recorded on receipt. The received date may move only while nothing later contradicts it. */
    void correctDetails(ComplaintDetails corrected, Actor actor) {
        requireOpen();
        checkDetails(corrected, actor.today());
        if (!corrected.receivedOn().equals(details.receivedOn())) {
            LocalDate earliestLater = earliestEventAfterReceipt();
            if (earliestLater != null && corrected.receivedOn().isAfter(earliestLater)) {
                throw new Refusal("receivedOn", "received.afterLaterEvents", earliestLater);
            }
            stage(1).ifPresent(s -> s.requestedOn(corrected.receivedOn(), null));
        }
        int elementsAnswered = stages.stream().flatMap(s -> s.findings().stream())
                .mapToInt(ElementFinding::element).max().orElse(0);
        if (corrected.elements().size() < elementsAnswered) {
            throw new Refusal("elements", "elements.answeredCannotBeRemoved", elementsAnswered);
        }
        this.details = corrected;
        note(actor.today(), TimelineEntry.Event.DETAILS_CHANGED, null, null, null, null, actor);
    }

    /** Moves the complaint to another procedure, with reasons; its deadlines follow the new procedure's. */
    void changeProcedure(ProcedureKind to, String reasons, OutOfScopeReason outOfScopeReason, ProcedureRules newRules,
                         Actor actor) {
        requireOpen();
        if (to == null) {
            throw new Refusal("procedure", "procedure.missing");
        }
        if (to == procedure) {
            throw new Refusal("procedure", "procedure.same");
        }
        if (Text.tidy(reasons) == null) {
            throw new Refusal("reasons", "procedure.reasons.missing");
        }
        if (to == ProcedureKind.NON_QUALIFYING) {
            if (outOfScopeReason == null) {
                throw new Refusal("outOfScope", "procedure.outOfScope.missing");
            }
            if (stages.stream().anyMatch(Stage::isDecided)) {
                throw Refusal.of("procedure.nonQualifying.afterAnswer");
            }
            stages.clear();
        } else {
            if (stages.size() > newRules.stageCount()) {
                throw Refusal.of("procedure.tooManyStages", stages.size(), newRules.stageCount());
            }
            if (stages.isEmpty()) {
                stages.add(new Stage(1, details.receivedOn()));
            }
        }
        ProcedureKind from = procedure;
        this.procedure = to;
        this.recordType = RecordType.COMPLAINT;
        this.outOfScope = to == ProcedureKind.NON_QUALIFYING ? outOfScopeReason : null;
        this.eligibility = new Decision(reasons, actor.name(), actor.today());
        note(actor.today(), TimelineEntry.Event.PROCEDURE_CHANGED, null, null, from == null ? RecordType.REPRESENTATION.code()
                : from.code(), to.code() + ": " + reasons.strip(), actor);
    }

    /** The council answers a representation (informally, before any formal complaint). */
    void answerRepresentation(LocalDate on, Actor actor) {
        requireOpen();
        if (recordType != RecordType.REPRESENTATION) {
            throw Refusal.of("representation.notARepresentation");
        }
        if (representationAnsweredOn != null) {
            throw Refusal.of("representation.alreadyAnswered", representationAnsweredOn);
        }
        requireDate("answeredOn", on, details.receivedOn(), "date.beforeReceived", actor);
        this.representationAnsweredOn = on;
        note(on, TimelineEntry.Event.RESPONDED, null, null, null, null, actor);
    }

    /** The complaints manager accepts a complaint made more than 12 months after the matter, with reasons. */
    void acceptLateComplaint(String reasons, Actor actor) {
        requireOpen();
        if (!LateComplaintRule.isLate(details.matterOccurredOn(), details.receivedOn())) {
            throw Refusal.of("late.notLate");
        }
        if (Text.tidy(reasons) == null) {
            throw new Refusal("reasons", "late.reasons.missing");
        }
        this.lateAcceptance = new Decision(reasons, actor.name(), actor.today());
        note(actor.today(), TimelineEntry.Event.LATE_COMPLAINT_ACCEPTED, null, null, null, reasons.strip(), actor);
    }

    /** Records that a stage's request (Stage 1: the complaint) was acknowledged. */
    void acknowledge(int stageNumber, LocalDate on, Actor actor) {
        requireOpen();
        Stage stage = requireStage(stageNumber);
        if (stage.acknowledgedOn() != null) {
            throw Refusal.of("acknowledge.already", stage.acknowledgedOn());
        }
        requireDate("acknowledgedOn", on, stage.requestedOn(), "acknowledge.beforeReceived", actor);
        stage.acknowledge(on);
        note(on, TimelineEntry.Event.ACKNOWLEDGED, stageNumber, null, null, null, actor);
    }

    // ------------------------------------------------------------------ answering a stage

    /** Allocates a stage to the member of staff who will answer it (or reallocates it). */
    void allocate(int stageNumber, long responderId, String responderName, Actor actor) {
        requireOpen();
        requireNoLateDecisionPending();
        Stage stage = requireUndecidedStage(stageNumber);
        stage.allocate(responderId, responderName, actor.today());
        note(actor.today(), TimelineEntry.Event.ALLOCATED, stageNumber, null, responderName, null, actor);
        events.add(new StageAllocated(reference, stageNumber, responderId));
    }

    /** Extends a stage's timescale, as agreed with the complainant. */
    void extend(int stageNumber, WorkingDays to, LocalDate agreedOn, String reason, ProcedureRules rules, Actor actor) {
        requireOpen();
        Stage stage = requireStage(stageNumber);
        ExtensionPolicy.check(stage, rules.stage(stageNumber).response(), to, agreedOn, reason, actor.today());
        stage.extend(new Extension(to, agreedOn, reason));
        note(agreedOn, TimelineEntry.Event.EXTENDED, stageNumber, null, null, to.count() + "", actor);
    }

    /**
     * The stage's answer is sent: its date, the overall outcome, a finding for each numbered
     * element (Stages 1 and 2), what the council will do to put things right, and actions.
     */
    void respond(int stageNumber, LocalDate on, Outcome outcome, List<ElementFinding> findings, List<Remedy> given,
                 List<String> actions, Actor actor) {
        requireOpen();
        requireNoLateDecisionPending();
        Stage stage = requireUndecidedStage(stageNumber);
        LocalDate earliest = stage.requestedOn();
        if (procedure == ProcedureKind.STATUTORY && stageNumber == 2) {
            if (stage.statementAgreedOn() == null) {
                throw Refusal.of("respond.stage2.noStatement");
            }
            if (stage.reportOn() == null) {
                throw Refusal.of("respond.stage2.noReport");
            }
            earliest = stage.reportOn();
        }
        if (procedure == ProcedureKind.STATUTORY && stageNumber == 3) {
            if (stage.panelReportOn() == null) {
                throw Refusal.of("respond.stage3.noPanelReport");
            }
            earliest = stage.panelReportOn();
        }
        requireDate("respondedOn", on, earliest, "respond.beforeStage", actor);
        if (outcome == null || !outcome.isFinding()) {
            throw new Refusal("outcome", "respond.outcome.missing");
        }
        List<ElementFinding> checked = checkFindings(stageNumber, findings);
        stage.respond(on, outcome, checked, actions);
        given.stream().map(r -> r.given(on, stageNumber)).forEach(this.remedies::add);
        note(on, TimelineEntry.Event.RESPONDED, stageNumber, outcome, stage.responderName(), null, actor);
        events.add(new StageAnswered(reference, stageNumber, outcome, on));
    }

    /** Stage 2 is answered by a senior manager's adjudication; they are recorded as its responder. */
    void adjudicate(long adjudicatorId, String adjudicatorName, LocalDate on, Outcome outcome,
                    List<ElementFinding> findings, List<Remedy> remedies, List<String> actions, Actor actor) {
        Stage stage = requireUndecidedStage(2);
        Long previousId = stage.responderId();
        String previousName = stage.responderName();
        LocalDate previousOn = stage.allocatedOn();
        stage.allocate(adjudicatorId, adjudicatorName, on);
        try {
            respond(2, on, outcome, findings, remedies, actions, actor);
        } catch (Refusal refused) {
            stage.allocate(previousId, previousName, previousOn);
            throw refused;
        }
    }

    // ------------------------------------------------------------------ later stages

    /**
     * The complainant asks for the next stage. If the previous stage had not answered, it is
     * recorded as escalated without response. A late request needs the council's discretion.
     */
    void requestNextStage(LocalDate on, String discretion, ProcedureRules rules, WorkingDayCalendar calendar, Actor actor) {
        requireOpen();
        requireNoLateDecisionPending();
        if (!hasStageProcedure()) {
            throw Refusal.of("stage.request.nonQualifying");
        }
        int next = stages.size() + 1;
        Optional<LocalDate> late = NextStageEligibility.check(this, rules, next, on, discretion, calendar, actor.today());
        Stage previous = stages.get(stages.size() - 1);
        if (!previous.isDecided()) {
            previous.decide(Outcome.ESCALATED_WITHOUT_RESPONSE, on);
        }
        Stage stage = new Stage(next, on);
        stage.requestedOn(on, late.isPresent() ? discretion.strip() : null);
        stages.add(stage);
        note(on, TimelineEntry.Event.STAGE_REQUESTED, next, null, null, late.isPresent() ? discretion.strip() : null, actor);
        events.add(new StageRequested(reference, next, on));
    }

    void appointInvestigatingOfficer(Appointment officer, Actor actor) {
        Stage stage = requireStatutoryStage(2);
        requireDate("appointedOn", officer.appointedOn(), stage.requestedOn(), "appointment.beforeRequest", actor);
        if (officer.samePersonAs(stage.independentPerson())) {
            throw new Refusal("name", "appointment.officerIsIndependentPerson");
        }
        stage.appointInvestigatingOfficer(officer);
        note(officer.appointedOn(), TimelineEntry.Event.INVESTIGATING_OFFICER_APPOINTED, 2, null, officer.name(), null, actor);
    }

    /** The Independent Person must be independent of the council; it is recorded that they are. */
    void appointIndependentPerson(Appointment person, Actor actor) {
        Stage stage = requireStatutoryStage(2);
        requireDate("appointedOn", person.appointedOn(), stage.requestedOn(), "appointment.beforeRequest", actor);
        if (!person.independent()) {
            throw new Refusal("independent", "appointment.independentPerson.notIndependent");
        }
        if (person.samePersonAs(stage.investigatingOfficer())) {
            throw new Refusal("name", "appointment.officerIsIndependentPerson");
        }
        stage.appointIndependentPerson(person);
        note(person.appointedOn(), TimelineEntry.Event.INDEPENDENT_PERSON_APPOINTED, 2, null, person.name(), null, actor);
    }

    /**
     * The Investigating Officer's written statement of complaint is sent to the complainant to agree by a day. Sent
     * again before it is agreed, it is an amended statement (the complainant asked for changes), to agree by a new day.
     */
    void sendStatement(LocalDate sentOn, LocalDate agreeBy, Actor actor) {
        Stage stage = requireStatutoryStage(2);
        if (stage.statementAgreedOn() != null) {
            throw Refusal.of("statement.already", stage.statementAgreedOn());
        }
        requireDate("sentOn", sentOn, stage.requestedOn(), "statement.sentBeforeRequest", actor);
        if (stage.statementSentOn() != null && sentOn.isBefore(stage.statementSentOn())) {
            throw new Refusal("sentOn", "statement.sentBeforeLast", stage.statementSentOn());
        }
        if (agreeBy == null) {
            throw new Refusal("agreeBy", "date.missing");
        }
        if (!agreeBy.isAfter(sentOn)) {
            throw new Refusal("agreeBy", "statement.agreeByNotAfterSent", sentOn);
        }
        boolean amended = stage.statementSentOn() != null;
        stage.sendStatement(sentOn, agreeBy, amended ? stage.statementAmendments() + 1 : 0);
        note(sentOn, amended ? TimelineEntry.Event.STATEMENT_AMENDED : TimelineEntry.Event.STATEMENT_SENT, 2, null, null,
                null, actor);
    }

    /** The written statement of complaint is agreed with the complainant: Stage 2's clock starts. */
    void agreeStatement(LocalDate on, Actor actor) {
        Stage stage = requireStatutoryStage(2);
        if (stage.statementAgreedOn() != null) {
            throw Refusal.of("statement.already", stage.statementAgreedOn());
        }
        requireDate("agreedOn", on, stage.requestedOn(), "statement.beforeRequest", actor);
        if (stage.statementSentOn() != null && on.isBefore(stage.statementSentOn())) {
            throw new Refusal("agreedOn", "statement.agreedBeforeSent", stage.statementSentOn());
        }
        stage.agreeStatement(on);
        note(on, TimelineEntry.Event.STATEMENT_AGREED, 2, null, null, null, actor);
    }

    void recordInvestigationReport(LocalDate on, Actor actor) {
        Stage stage = requireStatutoryStage(2);
        if (stage.statementAgreedOn() == null) {
            throw Refusal.of("report.noStatement");
        }
        if (stage.investigatingOfficer() == null || stage.independentPerson() == null) {
            throw Refusal.of("report.noInvestigators");
        }
        requireDate("reportOn", on, stage.statementAgreedOn(), "report.beforeStatement", actor);
        stage.report(on);
        note(on, TimelineEntry.Event.INVESTIGATION_REPORTED, 2, null, null, null, actor);
    }

    void appointPanel(Appointment chair, Appointment one, Appointment two, Actor actor) {
        Stage stage = requireStatutoryStage(3);
        for (Appointment a : List.of(chair, one, two)) {
            requireDate("appointedOn", a.appointedOn(), stage.requestedOn(), "appointment.beforeRequest", actor);
        }
        PanelIndependence.check(chair, one, two, stage(2).map(Stage::independentPerson).orElse(null));
        stage.appointPanel(chair, one, two);
        note(actor.today(), TimelineEntry.Event.PANEL_APPOINTED, 3, null, chair.name(),
                one.name() + ", " + two.name(), actor);
    }

    void holdPanel(LocalDate on, Actor actor) {
        Stage stage = requireStatutoryStage(3);
        if (stage.panelChair() == null) {
            throw Refusal.of("panel.notAppointed");
        }
        if (stage.panelOn() != null) {
            throw Refusal.of("panel.alreadyHeld", stage.panelOn());
        }
        requireDate("panelOn", on, stage.requestedOn(), "panel.beforeRequest", actor);
        stage.holdPanel(on);
        note(on, TimelineEntry.Event.PANEL_HELD, 3, null, null, null, actor);
    }

    void recordPanelReport(LocalDate on, Actor actor) {
        Stage stage = requireStatutoryStage(3);
        if (stage.panelOn() == null) {
            throw Refusal.of("panelReport.noPanel");
        }
        requireDate("reportOn", on, stage.panelOn(), "panelReport.beforePanel", actor);
        stage.reportPanel(on);
        note(on, TimelineEntry.Event.PANEL_REPORTED, 3, null, null, null, actor);
    }

    // ------------------------------------------------------------------ any time

    /** The complainant withdraws: the stage in progress ends as withdrawn. */
    void withdraw(LocalDate on, String reason, Actor actor) {
        requireOpen();
        Stage stage = currentStage().filter(s -> !s.isDecided())
                .orElseThrow(() -> Refusal.of("withdraw.nothingOpen"));
        requireDate("withdrawnOn", on, stage.requestedOn(), "withdraw.beforeStage", actor);
        stage.decide(Outcome.WITHDRAWN, on);
        this.withdrawnOn = on;
        this.withdrawalReason = Text.tidy(reason);
        note(on, TimelineEntry.Event.WITHDRAWN, stage.number(), Outcome.WITHDRAWN, null, withdrawalReason, actor);
        events.add(new StageAnswered(reference, stage.number(), Outcome.WITHDRAWN, on));
    }

    /** Pauses the clock while court proceedings or a police investigation run. */
    void suspend(LocalDate from, SuspensionReason reason, Actor actor) {
        requireOpen();
        if (ongoingSuspension().isPresent()) {
            throw Refusal.of("suspend.already", ongoingSuspension().get().from());
        }
        if (reason == null) {
            throw new Refusal("reason", "suspend.reason.missing");
        }
        LocalDate lastResumed = suspensions.stream().map(Suspension::resumedOn).max(LocalDate::compareTo)
                .orElse(details.receivedOn());
        requireDate("from", from, lastResumed, "suspend.beforeReceived", actor);
        suspensions.add(new Suspension(from, null, reason));
        note(from, TimelineEntry.Event.SUSPENDED, null, null, null, reason.name(), actor);
    }

    /** Restarts the clock: {@code on} is the first day that counts again. */
    void resume(LocalDate on, Actor actor) {
        Suspension ongoing = ongoingSuspension().orElseThrow(() -> Refusal.of("resume.notSuspended"));
        if (on == null) {
            throw new Refusal("resumedOn", "date.missing");
        }
        if (!on.isAfter(ongoing.from())) {
            throw new Refusal("resumedOn", "resume.notAfterSuspension", ongoing.from());
        }
        if (on.isAfter(actor.today())) {
            throw new Refusal("resumedOn", "date.future");
        }
        suspensions.set(suspensions.indexOf(ongoing), new Suspension(ongoing.from(), on, ongoing.reason()));
        note(on, TimelineEntry.Event.RESUMED, null, null, null, null, actor);
    }

    /** A conciliation meeting or mediation; its cost, if any, is recorded as a mediation cost on the same day. */
    void recordAdr(AdrSession session, Money cost, Actor actor) {
        requireDate("heldOn", session.heldOn(), details.receivedOn(), "date.beforeReceived", actor);
        adr.add(session);
        if (cost != null && cost.compareTo(Money.ZERO) > 0) {
            costs.add(new Cost(CostKind.MEDIATION, cost, session.heldOn()));
        }
        note(session.heldOn(), TimelineEntry.Event.ADR_HELD, null, null, session.participants(), session.result(), actor);
    }

    void recordCost(Cost cost, Actor actor) {
        requireDate("incurredOn", cost.incurredOn(), details.receivedOn(), "date.beforeReceived", actor);
        if ((cost.kind() == CostKind.INVESTIGATING_OFFICER || cost.kind() == CostKind.INDEPENDENT_PERSON)
                && stage(2).isEmpty()) {
            throw new Refusal("kind", "cost.needsStage", 2);
        }
        if (cost.kind() == CostKind.REVIEW_PANEL && stage(3).isEmpty()) {
            throw new Refusal("kind", "cost.needsStage", 3);
        }
        costs.add(cost);
        note(cost.incurredOn(), TimelineEntry.Event.COST_RECORDED, null, null, null,
                cost.kind().name() + " " + cost.amount(), actor);
    }

    void addNote(String text, Actor actor) {
        if (Text.tidy(text) == null) {
            throw new Refusal("text", "note.blank");
        }
        note(actor.today(), TimelineEntry.Event.NOTE, null, null, null, text.strip(), actor);
    }

    /** The complaints manager closes a case once every stage has its outcome and no clock is paused. */
    void close(LocalDate on, Actor actor) {
        requireOpen();
        stages.stream().filter(s -> !s.isDecided()).findFirst().ifPresent(open -> {
            throw Refusal.of("close.stageOpen", open.number());
        });
        if (ongoingSuspension().isPresent()) {
            throw Refusal.of("close.suspended");
        }
        if (recordType == RecordType.REPRESENTATION && stages.isEmpty() && representationAnsweredOn == null) {
            throw Refusal.of("close.representationUnanswered");
        }
        LocalDate lastDecided = stages.stream().map(Stage::decidedOn).max(LocalDate::compareTo).orElse(details.receivedOn());
        requireDate("closedOn", on, lastDecided, "close.beforeOutcome", actor);
        status = CaseStatus.CLOSED;
        closedOn = on;
        note(on, TimelineEntry.Event.CLOSED, null, null, null, null, actor);
        events.add(new ComplaintClosed(reference, on));
    }

    /** The complaints manager reopens a closed case, with reasons (for example, a late request for the next stage). */
    void reopen(String reasons, Actor actor) {
        if (!isClosed()) {
            throw Refusal.of("reopen.notClosed");
        }
        if (Text.tidy(reasons) == null) {
            throw new Refusal("reasons", "reopen.reasons.missing");
        }
        status = CaseStatus.OPEN;
        closedOn = null;
        note(actor.today(), TimelineEntry.Event.REOPENED, null, null, null, reasons.strip(), actor);
    }

    // ------------------------------------------------------------------ restriction

    /**
     * Restricts the case to the staff named on it and complaints managers, with the reason; an open or a closed
     * case alike, as who may read it matters as long as it is kept.
     */
    void restrict(RestrictionReason reason, String otherReason, Actor actor) {
        if (restriction != null) {
            throw Refusal.of("restrict.already");
        }
        restriction = new Restriction(reason, otherReason, actor.today(), actor.name());
        note(actor.today(), TimelineEntry.Event.RESTRICTED, null, null, null,
                reason == RestrictionReason.OTHER ? restriction.otherReason() : reason.name(), actor);
        events.add(new CaseRestrictionChanged(reference, true, actor.today()));
    }

    /** Lifts the restriction, with reasons: everyone whose role and part in the case let them see it sees it again. */
    void liftRestriction(String reasons, Actor actor) {
        if (restriction == null) {
            throw Refusal.of("liftRestriction.notRestricted");
        }
        String why = Text.tidy(reasons);
        if (why == null) {
            throw new Refusal("text", "liftRestriction.reasons.missing");
        }
        if (why.length() > Restriction.OTHER_REASON_LENGTH) {
            throw new Refusal("text", "liftRestriction.reasons.tooLong", Restriction.OTHER_REASON_LENGTH);
        }
        restriction = null;
        note(actor.today(), TimelineEntry.Event.RESTRICTION_LIFTED, null, null, null, why, actor);
        events.add(new CaseRestrictionChanged(reference, false, actor.today()));
    }

    // ------------------------------------------------------------------ checks

    private void requireOpen() {
        if (isClosed()) {
            throw Refusal.of("case.closed", closedOn);
        }
    }

    private void requireNoLateDecisionPending() {
        if (awaitsLateDecision()) {
            throw Refusal.of("late.decisionPending", details.matterOccurredOn());
        }
    }

    private Stage requireStage(int number) {
        return stage(number).orElseThrow(() -> Refusal.of("stage.notStarted", number));
    }

    private Stage requireUndecidedStage(int number) {
        Stage stage = requireStage(number);
        if (stage.isDecided()) {
            throw Refusal.of("stage.decided", number, stage.outcome().code());
        }
        return stage;
    }

    private Stage requireStatutoryStage(int number) {
        requireOpen();
        if (procedure != ProcedureKind.STATUTORY) {
            throw Refusal.of("stage.statutoryOnly", number);
        }
        return requireUndecidedStage(number);
    }

    private static void requireDate(String field, LocalDate date, LocalDate notBefore, String beforeKey, Actor actor) {
        if (date == null) {
            throw new Refusal(field, "date.missing");
        }
        if (date.isAfter(actor.today())) {
            throw new Refusal(field, "date.future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new Refusal(field, beforeKey, notBefore);
        }
    }

    /**
     * Refuses what cannot be received as it stands: every check of receiving, which logging also
     * makes before the officer confirms, so that a refusal comes with the form rather than after it.
     */
    static void checkReceivable(RecordType recordType, ProcedureKind procedure, ComplaintDetails details,
                                OutOfScopeReason outOfScope, LocalDate today) {
        checkDetails(details, today);
        if (recordType == RecordType.COMPLAINT && procedure == null) {
            throw new Refusal("procedure", "procedure.missing");
        }
        if (procedure == ProcedureKind.NON_QUALIFYING && outOfScope == null) {
            throw new Refusal("outOfScope", "procedure.outOfScope.missing");
        }
    }

    private static void checkDetails(ComplaintDetails details, LocalDate today) {
        if (details.receivedOn() == null) {
            throw new Refusal("receivedOn", "date.missing");
        }
        if (details.receivedOn().isAfter(today)) {
            throw new Refusal("receivedOn", "date.future");
        }
        if (details.matterOccurredOn() != null && details.matterOccurredOn().isAfter(details.receivedOn())) {
            throw new Refusal("matterOccurredOn", "matter.afterReceived");
        }
        if (details.onChildsBehalf() && details.childConsent() == null) {
            throw new Refusal("childConsent", "child.consent.missing");
        }
        if (details.child().dateOfBirth() != null && details.child().dateOfBirth().isAfter(details.receivedOn())) {
            throw new Refusal("childDateOfBirth", "child.dateOfBirth.afterReceived");
        }
    }

    private List<ElementFinding> checkFindings(int stageNumber, List<ElementFinding> findings) {
        int elements = details.elements().size();
        Set<Integer> seen = new HashSet<>();
        for (ElementFinding f : findings) {
            if (f.element() > elements) {
                throw new Refusal("findings", "findings.noSuchElement", f.element(), elements);
            }
            if (!seen.add(f.element())) {
                throw new Refusal("findings", "findings.duplicate", f.element());
            }
        }
        if (stageNumber <= 2 && procedure == ProcedureKind.STATUTORY && seen.size() < elements) {
            int missing = java.util.stream.IntStream.rangeClosed(1, elements).filter(e -> !seen.contains(e)).findFirst()
                    .orElseThrow();
            throw new Refusal("findings", "findings.missing", missing);
        }
        return findings.stream().sorted(java.util.Comparator.comparingInt(ElementFinding::element)).toList();
    }

    private LocalDate earliestEventAfterReceipt() {
        return timeline.stream()
                .filter(e -> e.event() != TimelineEntry.Event.RECEIVED && e.event() != TimelineEntry.Event.IMPORTED
                        && e.event() != TimelineEntry.Event.DETAILS_CHANGED && e.event() != TimelineEntry.Event.NOTE
                        && e.event() != TimelineEntry.Event.RESTRICTED && e.event() != TimelineEntry.Event.RESTRICTION_LIFTED)
                .map(TimelineEntry::on).min(LocalDate::compareTo).orElse(null);
    }

    private void note(LocalDate on, TimelineEntry.Event event, Integer stage, Outcome outcome, String person, String text,
                      Actor actor) {
        timeline.add(new TimelineEntry(on, event, stage, outcome, person, text, actor.name(), actor.now()));
    }
}
