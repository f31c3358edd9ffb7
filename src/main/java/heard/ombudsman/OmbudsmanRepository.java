package heard.ombudsman;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import heard.casework.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OmbudsmanRepository {

    record Stored(OmbudsmanRecord record, int version) {
    }

    private final JdbcClient jdbc;

    OmbudsmanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String reference) {
        return jdbc.sql("SELECT * FROM ombudsman_case WHERE reference = :r").param("r", reference)
                .query(OmbudsmanRepository::stored).optional();
    }

    List<Stored> findAll(Collection<String> references) {
        List<String> all = List.copyOf(references);
        List<Stored> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT * FROM ombudsman_case WHERE reference IN (:refs)")
                    .param("refs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(OmbudsmanRepository::stored).list());
        }
        return found;
    }

    List<Stored> all() {
        return jdbc.sql("SELECT * FROM ombudsman_case").query(OmbudsmanRepository::stored).list();
    }

    void insert(OmbudsmanRecord r, String importedFrom, Instant now) {
        jdbc.sql("""
                INSERT INTO ombudsman_case (reference, ombudsman_reference, referred_on, decision, decided_on, remedy,
                                            remedy_due_on, remedy_complied_on, imported_from, updated_at)
                VALUES (:ref, :oref, :referred, :decision, :decided, :remedy, :due, :complied, :imported, :now)""")
                .param("ref", r.reference().value()).param("oref", r.ombudsmanReference())
                .param("referred", r.referredOn()).param("decision", r.decision() == null ? null : r.decision().name())
                .param("decided", r.decidedOn()).param("remedy", r.remedy()).param("due", r.remedyDueOn())
                .param("complied", r.remedyCompliedOn()).param("imported", importedFrom)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    boolean update(OmbudsmanRecord r, int version, Instant now) {
        return jdbc.sql("""
                UPDATE ombudsman_case SET ombudsman_reference = :oref, referred_on = :referred, decision = :decision,
                       decided_on = :decided, remedy = :remedy, remedy_due_on = :due, remedy_complied_on = :complied,
                       updated_at = :now, version = version + 1
                WHERE reference = :ref AND version = :version""")
                .param("ref", r.reference().value()).param("oref", r.ombudsmanReference())
                .param("referred", r.referredOn()).param("decision", r.decision() == null ? null : r.decision().name())
                .param("decided", r.decidedOn()).param("remedy", r.remedy()).param("due", r.remedyDueOn())
                .param("complied", r.remedyCompliedOn()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("version", version).update() == 1;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new Stored(new OmbudsmanRecord(new CaseReference(rs.getString("reference")),
                rs.getString("ombudsman_reference"), rs.getObject("referred_on", LocalDate.class),
                decision == null ? null : OmbudsmanDecision.valueOf(decision), rs.getObject("decided_on", LocalDate.class),
                rs.getString("remedy"), rs.getObject("remedy_due_on", LocalDate.class),
                rs.getObject("remedy_complied_on", LocalDate.class)), rs.getInt("version"));
    }
}
