package heard.learning;

import java.util.Arrays;
import java.util.Optional;

import heard.security.Role;
import heard.security.StaffMember;

/**
 * The moves an action's page offers, each a page of its own: its address, whether it asks for a date, and who may
 * make it: the complaints team any but the public wording (the complaints manager's), the owner the progress of their
 * own action.
 */
enum ActionMove {
    ASSIGN("assign", false), START("start", true), COMPLETE("complete", true), DROP("drop", true),
    WORDING("wording", false);

    private final String slug;
    private final boolean asksForDate;

    ActionMove(String slug, boolean asksForDate) {
        this.slug = slug;
        this.asksForDate = asksForDate;
    }

    String slug() {
        return slug;
    }

    boolean asksForDate() {
        return asksForDate;
    }

    /** Whether this person may make the move on this action. */
    boolean allowedFor(StaffMember me, Action action) {
        return switch (this) {
            case WORDING -> me.has(Role.COMPLAINTS_MANAGER);
            case ASSIGN, DROP -> me.has(Role.COMPLAINTS_OFFICER);
            case START, COMPLETE -> me.has(Role.COMPLAINTS_OFFICER)
                    || action.owner() != null && action.owner().id() == me.id();
        };
    }

    static Optional<ActionMove> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
