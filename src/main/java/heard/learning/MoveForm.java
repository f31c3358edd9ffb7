package heard.learning;

import heard.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * A move on an action or a remedy, as its page posts it: only the fields of that move are on the page (a date, the
 * evidence or the reason, the owner and due date, or the public wording), the others stay null.
 *
 * @param version the version of the record the page showed
 */
record MoveForm(DateParts on, String evidence, String reason, Long ownerId, DateParts dueOn, String youSaid,
                String weDid, Integer version) {

    private static final java.util.Set<String> DAYS = java.util.Set.of("startedOn", "completedOn", "droppedOn", "compliedOn");

    MoveForm {
        on = on == null ? DateParts.of(null) : on;
        dueOn = dueOn == null ? DateParts.of(null) : dueOn;
    }

    static MoveForm blank(int version) {
        return new MoveForm(null, null, null, null, null, null, null, version);
    }

    static MoveForm of(Action action) {
        return new MoveForm(null, null, null, action.owner() == null ? null : action.owner().id(),
                DateParts.of(action.dueOn()), action.youSaid(), action.weDid(), action.version());
    }

    /** Checks the dates the move asks for, as typed. */
    void validate(ActionMove move, BindingResult result) {
        if (move.asksForDate()) {
            on.validateRequired(result, "on");
        }
        if (move == ActionMove.ASSIGN) {
            dueOn.validateRequired(result, "dueOn");
        }
    }

    /** The form's field for a field a refusal names: each move's own day is the form's one date, {@code on}. */
    static String field(String refused) {
        return DAYS.contains(refused) ? "on" : refused;
    }

    /** A version missing from the form (an edited page) matches no record's, so the change is refused. */
    int versionSeen() {
        return version == null ? Integer.MIN_VALUE : version;
    }
}
