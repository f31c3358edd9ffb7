package heard.publicform;

import java.time.Instant;
import java.util.Optional;

import heard.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits in "New from the public", for the dashboard and the home page. */
@Service
@Transactional(readOnly = true)
public class PublicInbox {

    /** Where a complaints officer goes to deal with what waits. */
    public static final String PATH = InboxController.PATH;

    /** Who may open the inbox: complaints officers, and complaints managers, who are officers too. */
    static final String OPENERS = "hasRole('COMPLAINTS_OFFICER')";

    private final JdbcClient jdbc;
    private final RoleHierarchy roles;

    PublicInbox(JdbcClient jdbc, RoleHierarchy roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    /** Whether the signed-in person may open the inbox, as {@link #OPENERS} decides for its pages. */
    public boolean mayOpen(Authentication who) {
        return who != null && roles.getReachableGrantedAuthorities(who.getAuthorities()).stream()
                .anyMatch(a -> Role.COMPLAINTS_OFFICER.authority().equals(a.getAuthority()));
    }

    /**
     * @param count  how many submissions wait for a complaints officer
     * @param oldest when the one waiting longest was sent, if any waits
     */
    public record Waiting(long count, Optional<Instant> oldest) {
    }

    public Waiting waiting() {
        return jdbc.sql("SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM public_submission WHERE status = 'NEW'")
                .query((rs, n) -> new Waiting(rs.getLong("n"),
                        Optional.ofNullable(rs.getObject("oldest", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant)))
                .single();
    }
}
