package heard.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.domain.CaseAccess;
import heard.security.CurrentUser;
import heard.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted records as other modules meet them (docs/security.md, "Restricted records"): a case restricted to
 * the staff named on it and complaints managers is left out of every list, export, drill-down, link and file that
 * would show it to anyone else, and each time it is shown to someone who may see it, that is in the audit trail.
 * Anonymous counts are not affected: figures count every case. With nobody signed in (the command line, run by
 * whoever runs Heard itself and its database) nothing is hidden.
 */
@Service
// Its own transaction: a view is recorded even when the caller's transaction only reads.
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class RestrictedCases {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    RestrictedCases(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Of these case references (others, and references of no case, are ignored), those the signed-in person may
     * not see because the case is restricted to others. Each restricted case among them that they may see is
     * recorded in the audit trail as viewed, in {@code shownIn} (such as "the case list export").
     */
    public Set<String> hiddenAmong(Collection<String> references, String shownIn) {
        Map<String, Boolean> restricted = restricted(references);
        Set<String> hidden = new HashSet<>();
        restricted.forEach((reference, seen) -> {
            if (seen) {
                audit.noted(new AuditSubject("case", reference), "viewed", "Shown in " + shownIn);
            } else {
                hidden.add(reference);
            }
        });
        return hidden;
    }

    /**
     * Whether the case with this reference is restricted to others than the signed-in person; if it is, the
     * refusal is in the audit trail, as a refusal of the case itself is. A reference of no case is not hidden.
     */
    public boolean hidden(String reference, String askedFor) {
        Boolean seen = restricted(List.of(reference)).get(reference);
        if (seen == null) {
            return false;
        }
        if (seen) {
            audit.noted(new AuditSubject("case", reference), "viewed", "Shown in " + askedFor);
            return false;
        }
        audit.noted(new AuditSubject("case", reference), "refused",
                "Restricted, not one of " + currentUser.require().username() + "'s cases: " + askedFor + " refused");
        return true;
    }

    /**
     * Records each restricted case among these references (others, and references of no case, are ignored) that
     * was shown to {@code reader} in something sent to them without their asking, by a job (the weekly digest), as
     * viewed: "Shown to READER in {@code shownIn}". In the caller's transaction, so that a showing is recorded with,
     * and only with, the message that makes it. A case the reader may not see is not recorded: it was not shown.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shownTo(StaffMember reader, Collection<String> references, String shownIn) {
        restricted(references, reader).forEach((reference, seen) -> {
            if (seen) {
                audit.noted(new AuditSubject("case", reference), "viewed",
                        "Shown to " + reader.username() + " in " + shownIn);
            }
        });
    }

    /** The restricted cases among these references, each with whether the signed-in person may see it. */
    private Map<String, Boolean> restricted(Collection<String> references) {
        Optional<StaffMember> me = currentUser.get();
        return me.isEmpty() ? new HashMap<>() : restricted(references, me.get());
    }

    /** The restricted cases among these references, each with whether this person may see it. */
    private Map<String, Boolean> restricted(Collection<String> references, StaffMember viewer) {
        Map<String, Boolean> restricted = new HashMap<>();
        if (references.isEmpty()) {
            return restricted;
        }
        CaseAccess.Condition access = CaseAccess.condition(viewer);
        List<String> all = List.copyOf(new HashSet<>(references));
        for (int from = 0; from < all.size(); from += 1000) {
            Map<String, Object> params = new HashMap<>(access.params());
            params.put("refs", all.subList(from, Math.min(all.size(), from + 1000)));
            jdbc.sql("SELECT c.reference, CASE WHEN " + access.sql() + " THEN 1 ELSE 0 END AS seen FROM complaint c"
                            + " WHERE c.reference IN (:refs) AND " + CaseAccess.RESTRICTED)
                    .params(params)
                    .query((rs, n) -> restricted.put(rs.getString("reference"), rs.getInt("seen") == 1)).list();
        }
        return restricted;
    }
}
