package heard.learning;

import java.time.LocalDate;
import java.util.List;

import heard.casework.Refusal;

/**
 * An action of the learning register, and its state machine: agreed, then in progress, then done with
 * evidence and a date, or dropped with a reason. Each move checks its own rules and refuses an illegal one
 * with a reason, changing nothing; a done or dropped action is finished and moves no further.
 *
 * <p>Every action answers at least one case: the case whose answer recorded it, the cases it was raised
 * from, or the case of the Ombudsman's decision.
 */
public final class Action extends RaisesEvents {

    static final int WHAT_LENGTH = 4000;
    static final int REASON_LENGTH = 4000;
    static final int WORDING_LENGTH = 1000;

    private final Long id;
    private final String what;
    private final ActionOrigin origin;
    private final Long lessonId;
    private final List<String> cases;
    private final LocalDate agreedOn;
    private final Long serviceAreaId;
    private final Long teamId;
    private final String sourceReference;
    private final Integer sourceStage;
    private final int version;
    private Owner owner;
    private LocalDate dueOn;
    private ActionStatus status;
    private LocalDate startedOn;
    private LocalDate completedOn;
    private String evidence;
    private LocalDate droppedOn;
    private String droppedReason;
    private String youSaid;
    private String weDid;

    Action(Long id, String what, ActionOrigin origin, Long lessonId, List<String> cases, LocalDate agreedOn,
           Long serviceAreaId, Long teamId, String sourceReference, Integer sourceStage, int version, Owner owner,
           LocalDate dueOn, ActionStatus status, LocalDate startedOn, LocalDate completedOn, String evidence,
           LocalDate droppedOn, String droppedReason, String youSaid, String weDid) {
        this.id = id;
        this.what = what;
        this.origin = origin;
        this.lessonId = lessonId;
        this.cases = List.copyOf(cases);
        this.agreedOn = agreedOn;
        this.serviceAreaId = serviceAreaId;
        this.teamId = teamId;
        this.sourceReference = sourceReference;
        this.sourceStage = sourceStage;
        this.version = version;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = status;
        this.startedOn = startedOn;
        this.completedOn = completedOn;
        this.evidence = evidence;
        this.droppedOn = droppedOn;
        this.droppedReason = droppedReason;
        this.youSaid = youSaid;
        this.weDid = weDid;
    }

    /**
     * A new action, agreed today: what is to be done, for which cases, given to an owner with a due date
     * (both may follow later, as for an action a case's answer recorded).
     */
    static Action raise(String what, ActionOrigin origin, Long lessonId, List<String> cases, Long serviceAreaId,
                        Long teamId, Owner owner, LocalDate dueOn, LocalDate today) {
        String checked = Texts.required("what", what, "learning.action.what.missing", WHAT_LENGTH);
        if (cases == null || cases.isEmpty()) {
            throw new Refusal("cases", "learning.action.cases.missing");
        }
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new Refusal("dueOn", "learning.action.dueOn.past");
        }
        return new Action(null, checked, origin, lessonId, cases, today, serviceAreaId, teamId, null, null, 0, owner,
                dueOn, ActionStatus.AGREED, null, null, null, null, null, null, null);
    }

    /** Gives the action to an owner, by a date; an action that is finished keeps the owner it had. */
    void assign(Owner newOwner, LocalDate newDueOn, LocalDate today) {
        requireOpen();
        if (newOwner == null) {
            throw new Refusal("ownerId", "learning.action.owner.missing");
        }
        if (newDueOn == null) {
            throw new Refusal("dueOn", "learning.action.dueOn.missing");
        }
        // A due date already passed may stay as it was; a new one cannot be set in the past.
        if (!newDueOn.equals(dueOn) && newDueOn.isBefore(today)) {
            throw new Refusal("dueOn", "learning.action.dueOn.past");
        }
        this.owner = newOwner;
        this.dueOn = newDueOn;
    }

    /** Work on the action began on a day: only an agreed action, with an owner, can start. */
    void start(LocalDate on, LocalDate today) {
        if (status != ActionStatus.AGREED) {
            throw Refusal.of("learning.action.start.notAgreed");
        }
        if (owner == null) {
            throw Refusal.of("learning.action.start.noOwner");
        }
        requireDate("startedOn", on, today);
        this.startedOn = on;
        this.status = ActionStatus.IN_PROGRESS;
    }

    /** The action was done on a day, shown by evidence: what changed and where it can be seen. */
    void complete(LocalDate on, String withEvidence, LocalDate today) {
        requireOpen();
        if (owner == null) {
            throw Refusal.of("learning.action.complete.noOwner");
        }
        String checked = Texts.required("evidence", withEvidence, "learning.action.evidence.missing", REASON_LENGTH);
        requireDate("completedOn", on, today);
        if (startedOn != null && on.isBefore(startedOn)) {
            throw new Refusal("completedOn", "learning.action.completedOn.beforeStart", startedOn);
        }
        this.completedOn = on;
        this.evidence = checked;
        this.status = ActionStatus.DONE;
        occurred(new ActionCompleted(id, on));
    }

    /** The council decided not to do the action, for a reason that is recorded with it. */
    void drop(LocalDate on, String reason, LocalDate today) {
        requireOpen();
        String checked = Texts.required("reason", reason, "learning.action.reason.missing", REASON_LENGTH);
        requireDate("droppedOn", on, today);
        this.droppedOn = on;
        this.droppedReason = checked;
        this.status = ActionStatus.DROPPED;
        occurred(new ActionDropped(id, on, checked));
    }

    /**
     * The words the public report's you-said-we-did table gives this action, chosen by the complaints manager
     * (an action's own words may name people). Both, or neither to leave it out of the table.
     */
    void word(String said, String did) {
        String checkedSaid = Texts.limited("youSaid", said, WORDING_LENGTH);
        String checkedDid = Texts.limited("weDid", did, WORDING_LENGTH);
        if (checkedSaid == null && checkedDid != null) {
            throw new Refusal("youSaid", "learning.action.youSaid.missing");
        }
        if (checkedDid == null && checkedSaid != null) {
            throw new Refusal("weDid", "learning.action.weDid.missing");
        }
        this.youSaid = checkedSaid;
        this.weDid = checkedDid;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw Refusal.of("learning.action.finished." + status.name());
        }
    }

    /** A day something happened: not in the future, and not before the action was agreed. */
    private void requireDate(String field, LocalDate on, LocalDate today) {
        if (on == null) {
            throw new Refusal(field, "learning.action." + field + ".missing");
        }
        if (on.isAfter(today)) {
            throw new Refusal(field, "date.future");
        }
        if (on.isBefore(agreedOn)) {
            throw new Refusal(field, "learning.action.beforeAgreed", agreedOn);
        }
    }

    /** Open and past its due date on a day. */
    public boolean overdueOn(LocalDate day) {
        return status.open() && dueOn != null && day.isAfter(dueOn);
    }

    /** Done after its due date. */
    public boolean doneLate() {
        return status == ActionStatus.DONE && dueOn != null && completedOn.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public String what() {
        return what;
    }

    public ActionOrigin origin() {
        return origin;
    }

    public Long lessonId() {
        return lessonId;
    }

    /** The cases the action answers, the first the one it came from. */
    public List<String> cases() {
        return cases;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public Long serviceAreaId() {
        return serviceAreaId;
    }

    public Long teamId() {
        return teamId;
    }

    /** For an action a case's answer recorded: that case and stage. */
    public String sourceReference() {
        return sourceReference;
    }

    public Integer sourceStage() {
        return sourceStage;
    }

    public int version() {
        return version;
    }

    public Owner owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String evidence() {
        return evidence;
    }

    public LocalDate droppedOn() {
        return droppedOn;
    }

    public String droppedReason() {
        return droppedReason;
    }

    public String youSaid() {
        return youSaid;
    }

    public String weDid() {
        return weDid;
    }
}
