package heard.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a member of staff may do in Heard (DESIGN.md, "Who uses it"). A complaints manager can
 * do everything a complaints officer can; record-level rules (a responding manager sees only
 * cases allocated to them or their team) are kept by the module that owns the records.
 */
public enum Role {
    COMPLAINTS_OFFICER,
    COMPLAINTS_MANAGER,
    RESPONDING_MANAGER,
    SENIOR_MANAGER,
    CHILDRENS_RIGHTS_OFFICER,
    INVESTIGATOR,
    ADMINISTRATOR;

    /** The Spring Security authority, e.g. {@code ROLE_COMPLAINTS_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The key of this role's name in the message bundle. */
    public String messageKey() {
        return "role." + name();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}
