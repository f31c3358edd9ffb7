package heard.notify.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.notify.outbox.Outbox;
import heard.notify.outbox.SentMessage;
import heard.security.Role;
import heard.web.RecordPanel;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The correspondence on a case's page: each letter and email, to whom, when, by whom and whether it went;
 * and, for a complaints officer, the way to write another.
 */
@Component
class CorrespondencePanel implements RecordPanel {

    static final int ORDER = 40;

    private final Outbox outbox;
    private final RoleHierarchy roles;

    CorrespondencePanel(Outbox outbox, RoleHierarchy roles) {
        this.outbox = outbox;
        this.roles = roles;
    }

    @Override
    public Optional<View> panel(String reference) {
        // The case page shows a case only to those who may see it, so its correspondence is theirs to see.
        List<SentMessage> items = outbox.forCase(reference);
        boolean mayWrite = mayWrite();
        if (items.isEmpty() && !mayWrite) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("reference", reference);
        model.put("href", mayWrite ? CorrespondenceController.path(reference, "/correspondence/new") : null);
        return Optional.of(new View("notify/panel", model, ORDER));
    }

    private boolean mayWrite() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && roles.getReachableGrantedAuthorities(signedIn.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(Role.COMPLAINTS_OFFICER.authority()::equals);
    }
}
