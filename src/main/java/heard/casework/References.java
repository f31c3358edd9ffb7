package heard.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * References, unique across every kind of record Heard holds: the council's style
 * ({@code PREFIX-YEAR-NNNN}) for records logged in Heard, and whatever an imported log used.
 * Every module that holds records claims their references here.
 */
@Service
public class References {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CaseworkSettingsRepository settings;
    private final Clock clock;

    References(JdbcClient jdbc, JdbcTemplate template, CaseworkSettingsRepository settings, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.settings = settings;
        this.clock = clock;
    }

    /** Claims the next free reference in the council's style for a record received on {@code receivedOn}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseReference next(LocalDate receivedOn, String recordType) {
        int year = (receivedOn == null ? LocalDate.now(clock) : receivedOn).getYear();
        String prefix = settings.load().referencePrefix();
        while (true) {
            CaseReference candidate = new CaseReference(String.format("%s-%d-%04d", prefix, year,
                    settings.nextReferenceNumber(year)));
            if (!isTaken(candidate.value())) {
                claim(candidate, recordType);
                return candidate;
            }
        }
    }

    public boolean isTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM record_reference WHERE reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    /** Whether Heard holds no record of any kind yet (sample data loads only into an empty database). */
    public boolean noneTaken() {
        return jdbc.sql("SELECT COUNT(*) FROM record_reference").query(Long.class).single() == 0;
    }

    /** Which of these references are already taken. */
    public Set<String> taken(Collection<String> references) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += 1000) {
            taken.addAll(jdbc.sql("SELECT reference FROM record_reference WHERE reference IN (:refs)")
                    .param("refs", all.subList(from, Math.min(all.size(), from + 1000))).query(String.class).list());
        }
        return taken;
    }

    /** Claims a reference; refuses one already taken. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(CaseReference reference, String recordType) {
        try {
            jdbc.sql("INSERT INTO record_reference (reference, record_type) VALUES (:r, :t)")
                    .param("r", reference.value()).param("t", recordType).update();
        } catch (DuplicateKeyException e) {
            throw new Refusal("reference", "reference.taken", reference.value());
        }
    }

    /** Claims many new references at once (an import, which checked them first). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimAll(Collection<CaseReference> references, String recordType) {
        List<Object[]> rows = references.stream().map(r -> new Object[] {r.value(), recordType}).toList();
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate("INSERT INTO record_reference (reference, record_type) VALUES (?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
