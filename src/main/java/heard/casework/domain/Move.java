package heard.casework.domain;

import java.util.EnumSet;
import java.util.Set;

import heard.security.Role;
import heard.security.StaffMember;

/**
 * The things a person can do to a case. Which of them they may do depends on their role (here)
 * and on the case's state ({@link AvailableMoves}); the case page offers only moves allowed on both.
 */
public enum Move {
    CORRECT_DETAILS, CHANGE_PROCEDURE, ANSWER_REPRESENTATION, ACCEPT_LATE_COMPLAINT, ACKNOWLEDGE, ALLOCATE, EXTEND, RESPOND,
    REQUEST_NEXT_STAGE, APPOINT_INVESTIGATORS, SEND_STATEMENT, AGREE_STATEMENT, RECORD_INVESTIGATION_REPORT, ADJUDICATE,
    APPOINT_PANEL, HOLD_PANEL, RECORD_PANEL_REPORT, WITHDRAW, SUSPEND, RESUME, RECORD_ADR, RECORD_COST, ADD_NOTE,
    CLOSE, REOPEN, RESTRICT, LIFT_RESTRICTION;

    /**
     * A complaints officer may restrict a case (and then sees it only if named on it); only a complaints manager
     * lifts a restriction (docs/security.md, "Restricted records").
     */
    private static final Set<Move> MANAGER_ONLY = EnumSet.of(ACCEPT_LATE_COMPLAINT, CLOSE, REOPEN, LIFT_RESTRICTION);

    /** Whether someone with these roles may make this move on a case they can see (the stage aside). */
    public boolean allowedFor(StaffMember member, int stage) {
        if (MANAGER_ONLY.contains(this)) {
            return member.has(Role.COMPLAINTS_MANAGER);
        }
        if (member.has(Role.COMPLAINTS_OFFICER)) {
            return true;
        }
        return switch (this) {
            case ADD_NOTE -> true;
            case EXTEND, RESPOND -> stage == 1 && member.has(Role.RESPONDING_MANAGER)
                    || stage >= 2 && member.has(Role.SENIOR_MANAGER);
            case ADJUDICATE -> member.has(Role.SENIOR_MANAGER);
            case RECORD_INVESTIGATION_REPORT -> member.has(Role.INVESTIGATOR);
            default -> false;
        };
    }
}
