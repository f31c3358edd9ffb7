package heard.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import heard.casework.domain.Text;

/**
 * One stage of a complaint. Stage 1 begins when the complaint is received; later stages when the
 * complainant asks for them. A stage ends with an outcome: an answer (its response), a withdrawal,
 * or an escalation to the next stage before it answered. Changed only through {@link Complaint}.
 */
public final class Stage {

    private final int number;
    private LocalDate requestedOn;
    private String lateRequestDiscretion;
    private LocalDate acknowledgedOn;
    private Long responderId;
    private String responderName;
    private LocalDate allocatedOn;
    private Extension extension;
    private Appointment investigatingOfficer;
    private Appointment independentPerson;
    private LocalDate statementSentOn;
    private LocalDate statementAgreeBy;
    private int statementAmendments;
    private LocalDate statementAgreedOn;
    private LocalDate reportOn;
    private Appointment panelChair;
    private Appointment panelMemberOne;
    private Appointment panelMemberTwo;
    private LocalDate panelOn;
    private LocalDate panelReportOn;
    private LocalDate respondedOn;
    private Outcome outcome;
    private LocalDate decidedOn;
    private final List<ElementFinding> findings = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();

    Stage(int number, LocalDate requestedOn) {
        this.number = number;
        this.requestedOn = requestedOn;
    }

    public int number() {
        return number;
    }

    /** The day the stage began: Stage 1 the day the complaint was received, later stages the day they were requested. */
    public LocalDate requestedOn() {
        return requestedOn;
    }

    /** Why a request made after the window was accepted, when it was. */
    public String lateRequestDiscretion() {
        return lateRequestDiscretion;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public Long responderId() {
        return responderId;
    }

    public String responderName() {
        return responderName;
    }

    public LocalDate allocatedOn() {
        return allocatedOn;
    }

    public Extension extension() {
        return extension;
    }

    public Appointment investigatingOfficer() {
        return investigatingOfficer;
    }

    public Appointment independentPerson() {
        return independentPerson;
    }

    /** Stage 2: the day the written statement of complaint (the latest, if amended) was sent for agreement. */
    public LocalDate statementSentOn() {
        return statementSentOn;
    }

    /** Stage 2: the day the complainant is asked to agree the statement by. */
    public LocalDate statementAgreeBy() {
        return statementAgreeBy;
    }

    /** Stage 2: how many times the statement was amended at the complainant's request and sent again. */
    public int statementAmendments() {
        return statementAmendments;
    }

    /** Stage 2: the day the written statement of complaint was agreed, which starts its clock. */
    public LocalDate statementAgreedOn() {
        return statementAgreedOn;
    }

    /** Stage 2: the day the investigation report was delivered. */
    public LocalDate reportOn() {
        return reportOn;
    }

    public Appointment panelChair() {
        return panelChair;
    }

    public Appointment panelMemberOne() {
        return panelMemberOne;
    }

    public Appointment panelMemberTwo() {
        return panelMemberTwo;
    }

    public List<Appointment> panel() {
        List<Appointment> panel = new ArrayList<>();
        for (Appointment a : new Appointment[] {panelChair, panelMemberOne, panelMemberTwo}) {
            if (a != null) {
                panel.add(a);
            }
        }
        return panel;
    }

    public LocalDate panelOn() {
        return panelOn;
    }

    public LocalDate panelReportOn() {
        return panelReportOn;
    }

    /** The day the stage's answer was sent (Stage 2: the adjudication letter; Stage 3: the authority's response). */
    public LocalDate respondedOn() {
        return respondedOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The day the outcome was reached: the response, the withdrawal, or the request for the next stage. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    public List<ElementFinding> findings() {
        return List.copyOf(findings);
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public boolean isExtended() {
        return extension != null;
    }

    // --- changes, made only by Complaint after it has checked them

    void requestedOn(LocalDate date, String discretion) {
        this.requestedOn = date;
        this.lateRequestDiscretion = discretion;
    }

    void acknowledge(LocalDate date) {
        this.acknowledgedOn = date;
    }

    void allocate(Long responderId, String responderName, LocalDate on) {
        this.responderId = responderId;
        this.responderName = responderName;
        this.allocatedOn = on;
    }

    void extend(Extension extension) {
        this.extension = extension;
    }

    void appointInvestigatingOfficer(Appointment appointment) {
        this.investigatingOfficer = appointment;
    }

    void appointIndependentPerson(Appointment appointment) {
        this.independentPerson = appointment;
    }

    void sendStatement(LocalDate sentOn, LocalDate agreeBy, int amendments) {
        this.statementSentOn = sentOn;
        this.statementAgreeBy = agreeBy;
        this.statementAmendments = amendments;
    }

    void agreeStatement(LocalDate date) {
        this.statementAgreedOn = date;
    }

    void report(LocalDate date) {
        this.reportOn = date;
    }

    void appointPanel(Appointment chair, Appointment one, Appointment two) {
        this.panelChair = chair;
        this.panelMemberOne = one;
        this.panelMemberTwo = two;
    }

    void holdPanel(LocalDate date) {
        this.panelOn = date;
    }

    void reportPanel(LocalDate date) {
        this.panelReportOn = date;
    }

    void respond(LocalDate date, Outcome outcome, List<ElementFinding> findings, List<String> actions) {
        this.respondedOn = date;
        decide(outcome, date);
        this.findings.clear();
        this.findings.addAll(findings);
        this.actions.clear();
        actions.stream().map(Text::tidy).filter(a -> a != null).forEach(this.actions::add);
    }

    void decide(Outcome outcome, LocalDate on) {
        this.outcome = outcome;
        this.decidedOn = on;
    }

    /** Reopening a complaint takes back a withdrawal: the stage is open again. */
    void undecide() {
        this.outcome = null;
        this.decidedOn = null;
    }
}
