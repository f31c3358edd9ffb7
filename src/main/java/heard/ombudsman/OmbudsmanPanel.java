package heard.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import heard.casework.CaseReference;
import heard.security.Role;
import heard.web.RecordPanel;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Ombudsman's involvement on a case's page: what the Ombudsman asked and decided, and for a
 * complaints officer a link to record or change it. Nothing at all for someone who may not record it
 * when the Ombudsman is not involved.
 */
@Component
class OmbudsmanPanel implements RecordPanel {

    /** Its place among the panels other modules offer for the same page. */
    static final int ORDER = 50;

    private final Ombudsman ombudsman;
    private final RoleHierarchy roles;
    private final Clock clock;

    OmbudsmanPanel(Ombudsman ombudsman, RoleHierarchy roles, Clock clock) {
        this.ombudsman = ombudsman;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Optional<View> panel(String reference) {
        CaseReference ref = new CaseReference(reference);
        OmbudsmanRecord record = ombudsman.find(ref).map(Ombudsman.Versioned::record).orElse(null);
        boolean mayRecord = mayRecord();
        if (record == null && !mayRecord) {
            return Optional.empty();
        }
        // A map that takes nulls: the template asks for the record, which is null before the Ombudsman is involved.
        Map<String, Object> model = new HashMap<>();
        model.put("record", record);
        model.put("overdue", record != null && record.remedyOverdueOn(LocalDate.now(clock)));
        model.put("href", mayRecord ? OmbudsmanController.path(ref, OmbudsmanController.FROM_CASE) : null);
        return Optional.of(new View("ombudsman/panel", model, ORDER));
    }

    /** Whether the person looking at the page is a complaints officer, or holds a role that includes it. */
    private boolean mayRecord() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(Role.COMPLAINTS_OFFICER.authority()::equals);
    }
}
