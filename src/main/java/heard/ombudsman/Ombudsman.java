package heard.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Refusal;
import heard.casework.References;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The Ombudsman's enquiries and decisions about the council's records, and the council's compliance. */
@Service
@Transactional
public class Ombudsman {

    /** The longest texts the ombudsman_case table holds (V062__create_ombudsman.sql). */
    static final int OMBUDSMAN_REFERENCE_LENGTH = 50;
    static final int REMEDY_LENGTH = 4000;

    private final OmbudsmanRepository repository;
    private final References references;
    private final AuditTrail audit;
    private final Clock clock;

    Ombudsman(OmbudsmanRepository repository, References references, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record with the version a page must send back to change it. */
    public record Versioned(OmbudsmanRecord record, int version) {
    }

    @Transactional(readOnly = true)
    public Optional<Versioned> find(CaseReference reference) {
        return repository.find(reference.value()).map(s -> new Versioned(s.record(), s.version()));
    }

    /** The record, recorded in the audit trail as viewed. */
    public Optional<Versioned> view(CaseReference reference) {
        Optional<Versioned> found = find(reference);
        found.ifPresent(v -> audit.viewed(subject(reference)));
        return found;
    }

    /** Every record the Ombudsman is involved in, in no particular order: a council has tens a year, not thousands. */
    @Transactional(readOnly = true)
    public List<Versioned> all() {
        return repository.all().stream().map(s -> new Versioned(s.record(), s.version())).toList();
    }

    /**
     * Records (or corrects) the Ombudsman's involvement in a record: dates in order, none in the
     * future, a decision with its date. {@code version} is -1 for a record with no involvement yet.
     */
    public void record(OmbudsmanRecord record, int version) {
        if (!references.isTaken(record.reference().value())) {
            throw Refusal.of("case.notFound", record.reference().value());
        }
        check(record, LocalDate.now(clock));
        Optional<OmbudsmanRepository.Stored> before = repository.find(record.reference().value());
        if (before.isEmpty()) {
            if (version != -1) {
                throw Refusal.of("case.changedMeanwhile");
            }
            try {
                repository.insert(record, null, clock.instant());
            } catch (DuplicateKeyException someoneElseFirst) {
                // Two people recorded the first involvement at once: the second is refused, as for any change.
                throw Refusal.of("case.changedMeanwhile");
            }
        } else if (before.get().version() != version || !repository.update(record, version, clock.instant())) {
            throw Refusal.of("case.changedMeanwhile");
        }
        audit.changed(subject(record.reference()), "recorded",
                "Ombudsman's involvement recorded", before.map(OmbudsmanRepository.Stored::record).orElse(null), record);
    }

    static void check(OmbudsmanRecord r, LocalDate today) {
        refuseTooLong("ombudsmanReference", r.ombudsmanReference(), OMBUDSMAN_REFERENCE_LENGTH);
        refuseTooLong("remedy", r.remedy(), REMEDY_LENGTH);
        for (var date : new Object[][] {{"referredOn", r.referredOn()}, {"decidedOn", r.decidedOn()},
            {"remedyCompliedOn", r.remedyCompliedOn()}}) {
            if (date[1] != null && ((LocalDate) date[1]).isAfter(today)) {
                throw new Refusal((String) date[0], "date.future");
            }
        }
        if (r.decision() != null && r.decidedOn() == null) {
            throw new Refusal("decidedOn", "ombudsman.decidedOn.missing");
        }
        if (r.decidedOn() != null && r.decision() == null) {
            throw new Refusal("decision", "ombudsman.decision.missing");
        }
        if (r.referredOn() != null && r.decidedOn() != null && r.decidedOn().isBefore(r.referredOn())) {
            throw new Refusal("decidedOn", "ombudsman.decidedOn.beforeReferral", r.referredOn());
        }
        // The Ombudsman sets a remedy's deadline in its decision, so without one neither date can be checked.
        if (r.remedyDueOn() != null && r.decidedOn() == null) {
            throw new Refusal("remedyDueOn", "ombudsman.remedy.noDecision");
        }
        if (r.remedyCompliedOn() != null && r.decidedOn() == null) {
            throw new Refusal("remedyCompliedOn", "ombudsman.remedy.noDecision");
        }
        if ((r.remedyDueOn() != null || r.remedyCompliedOn() != null) && r.remedy() == null) {
            throw new Refusal("remedy", "ombudsman.remedy.missing");
        }
        if (r.remedyDueOn() != null && r.remedyDueOn().isBefore(r.decidedOn())) {
            throw new Refusal("remedyDueOn", "ombudsman.remedyDueOn.beforeDecision", r.decidedOn());
        }
        if (r.remedyCompliedOn() != null && r.remedyCompliedOn().isBefore(r.decidedOn())) {
            throw new Refusal("remedyCompliedOn", "ombudsman.complied.beforeDecision", r.decidedOn());
        }
    }

    /** Refuses text longer than its column, which the database would otherwise refuse with an error page. */
    private static void refuseTooLong(String field, String text, int maximum) {
        if (text != null && text.length() > maximum) {
            throw new Refusal(field, "ombudsman." + field + ".tooLong", maximum);
        }
    }

    // ------------------------------------------------------------------ case log

    @Transactional(readOnly = true)
    public Map<String, OmbudsmanRecord> existing(Collection<String> references) {
        Map<String, OmbudsmanRecord> existing = new LinkedHashMap<>();
        repository.findAll(references).forEach(s -> existing.put(s.record().reference().value(), s.record()));
        return existing;
    }

    /** Brings in (or replaces) what a case log says of the Ombudsman, in the caller's import transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importAll(List<OmbudsmanRecord> records, String source) {
        Map<String, OmbudsmanRepository.Stored> before = new LinkedHashMap<>();
        repository.findAll(records.stream().map(r -> r.reference().value()).toList())
                .forEach(s -> before.put(s.record().reference().value(), s));
        for (OmbudsmanRecord r : records) {
            OmbudsmanRepository.Stored old = before.get(r.reference().value());
            if (old == null) {
                repository.insert(r, source, clock.instant());
            } else {
                OmbudsmanRecord merged = new OmbudsmanRecord(r.reference(), old.record().ombudsmanReference(),
                        r.referredOn(), r.decision(), r.decidedOn(), old.record().remedy(), old.record().remedyDueOn(),
                        old.record().remedyCompliedOn());
                repository.update(merged, old.version(), clock.instant());
                audit.changed(subject(r.reference()), "updated from a case log",
                        "Updated from " + source, old.record(), merged);
            }
        }
    }

    private static AuditSubject subject(CaseReference reference) {
        return new AuditSubject("ombudsman", reference.value());
    }
}
