package heard.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.References;
import heard.casework.Refusal;
import heard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a record that must be kept whatever the retention schedule says (a claim against the council,
 * an inquiry, a request from the Ombudsman), so that neither the schedule nor a person's request erases it.
 */
@Service
@Transactional
public class LegalHolds {

    /** A hold on one record. */
    public record Hold(String reference, String reason, String placedBy, Instant placedAt) {
    }

    static final int REASON_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final References references;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, References references, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.references = references;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Hold> all() {
        return jdbc.sql("SELECT * FROM legal_hold ORDER BY reference")
                .query((rs, n) -> new Hold(rs.getString("reference"), rs.getString("reason"), rs.getString("placed_by"),
                        rs.getObject("placed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isHeld(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE reference = :reference").param("reference", reference)
                .query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    Set<String> held() {
        return Set.copyOf(jdbc.sql("SELECT reference FROM legal_hold").query(String.class).list());
    }

    /** Holds a record Heard holds (a case, a compliment, comment or enquiry), with the reason. */
    public void place(String reference, String reason) {
        String ref = reference == null ? "" : reference.strip();
        String why = reason == null ? "" : reason.strip();
        if (ref.isEmpty()) {
            throw new Refusal("reference", "hold.reference.missing");
        }
        if (ref.length() > CaseReference.MAXIMUM_LENGTH || !references.isTaken(ref)) {
            throw new Refusal("reference", "hold.reference.unknown", ref);
        }
        if (why.isEmpty()) {
            throw new Refusal("reason", "hold.reason.missing");
        }
        if (why.length() > REASON_LENGTH) {
            throw new Refusal("reason", "hold.reason.tooLong", REASON_LENGTH);
        }
        if (isHeld(ref)) {
            throw new Refusal("reference", "hold.reference.held", ref);
        }
        jdbc.sql("INSERT INTO legal_hold (reference, reason, placed_by, placed_at) VALUES (:reference, :reason, :by, :at)")
                .param("reference", ref).param("reason", why).param("by", currentUser.require().username())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        audit.changed(new AuditSubject("legal-hold", ref), "placed", "Legal hold placed on " + ref, null, why);
    }

    /** Releases a hold; the record is then erased when the schedule or a request next reaches it. */
    public void release(String reference) {
        if (jdbc.sql("DELETE FROM legal_hold WHERE reference = :reference").param("reference", reference).update() == 0) {
            throw Refusal.of("hold.notHeld", reference);
        }
        audit.changed(new AuditSubject("legal-hold", reference), "released", "Legal hold on " + reference + " released",
                null, null);
    }
}
