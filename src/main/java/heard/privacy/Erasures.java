package heard.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one record's personal data through the module that owns it, and records that it did: the class,
 * the reference, the ground, when and who approved it, never the data erased. A held record is refused.
 */
@Service
@Transactional
public class Erasures {

    /** Why a record's personal data was erased. */
    public enum Ground { RETENTION, REQUEST }

    /** One erasure as recorded. */
    public record Erasure(RecordClass recordClass, String reference, Ground ground, Long requestId, Instant erasedAt,
                          String approvedBy) {
    }

    private final JdbcClient jdbc;
    private final RecordOwners owners;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final Clock clock;

    Erasures(JdbcClient jdbc, RecordOwners owners, LegalHolds holds, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Erases in a transaction of its own, with {@code alsoThen} (the caller's own bookkeeping) in it, so that a
     * {@link Refusal} (held, open, unknown) rolls back this record only and stops no other.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void erase(RecordClass recordClass, String reference, Ground ground, Long requestId, String approvedBy,
               Runnable alsoThen) {
        if (holds.isHeld(reference)) {
            throw Refusal.of("erasure.held", reference);
        }
        owners.erase(recordClass, reference);
        jdbc.sql("""
                INSERT INTO erasure (record_class, reference, ground, request_id, erased_at, approved_by)
                VALUES (:class, :reference, :ground, :request, :at, :by)""")
                .param("class", recordClass.name()).param("reference", reference).param("ground", ground.name())
                .param("request", requestId).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", approvedBy).update();
        audit.changed(new AuditSubject("erasure", reference), "erased personal data",
                "Personal data of " + recordClass.name().toLowerCase() + " " + reference + " erased ("
                        + ground.name().toLowerCase() + "), approved by " + approvedBy, null, null);
        alsoThen.run();
    }

    /** The most recent erasures, newest first. */
    @Transactional(readOnly = true)
    public List<Erasure> recent(int limit) {
        return jdbc.sql("SELECT * FROM erasure ORDER BY erased_at DESC, id DESC LIMIT :limit").param("limit", limit)
                .query(Erasures::row)
                .list();
    }

    /** The erasures of one record, oldest first. */
    @Transactional(readOnly = true)
    public List<Erasure> of(String reference) {
        return jdbc.sql("SELECT * FROM erasure WHERE reference = :reference ORDER BY erased_at, id")
                .param("reference", reference)
                .query(Erasures::row)
                .list();
    }

    private static Erasure row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Erasure(RecordClass.valueOf(rs.getString("record_class")), rs.getString("reference"),
                Ground.valueOf(rs.getString("ground")), rs.getObject("request_id", Long.class),
                rs.getObject("erased_at", OffsetDateTime.class).toInstant(), rs.getString("approved_by"));
    }
}
