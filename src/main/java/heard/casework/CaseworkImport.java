package heard.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import heard.audit.AuditTrail;
import heard.casework.domain.Actor;
import heard.casework.domain.CaseAccess;
import heard.casework.domain.ComplaintSnapshot;
import heard.security.CurrentUser;
import heard.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings cases in from a case log and takes them out again, for the interchange module. Writes
 * join the caller's transaction: an import is all or nothing. Reads go a thousand cases at a time,
 * so that a whole history can be exported without holding it all in memory.
 */
@Service
public class CaseworkImport {

    static final int CHUNK = 1000;

    private final ComplaintRepository complaints;
    private final CaseworkSettingsRepository settings;
    private final References references;
    private final Casework casework;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseworkImport(ComplaintRepository complaints, CaseworkSettingsRepository settings, References references,
                   Casework casework,
                   AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.complaints = complaints;
        this.settings = settings;
        this.references = references;
        this.casework = casework;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cases already held under these references, as a case log would record them. */
    @Transactional(readOnly = true)
    public Map<String, ImportedCase> existing(Collection<String> references) {
        Map<String, Long> ids = complaints.idsOf(references);
        Map<String, ImportedCase> existing = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(ids.values());
        for (int from = 0; from < all.size(); from += CHUNK) {
            complaints.findAllById(all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .forEach(c -> existing.put(c.reference().value(), CaseLogMapping.toRow(c)));
        }
        return existing;
    }

    /**
     * Adds new cases, with {@code source} ("FILE on DATE by USER") on each case's timeline.
     * The caller checked every row first; a reference already held is a programming error.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(List<ImportedCase> rows, String source, String importedBy) {
        CaseworkSettings config = settings.load();
        Actor actor = actor(importedBy);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportedCase> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            for (RecordType type : RecordType.values()) {
                references.claimAll(chunk.stream().filter(r -> r.recordType() == type).map(ImportedCase::reference)
                        .toList(), type.code());
            }
            List<Complaint> cases = chunk.stream()
                    .map(row -> CaseLogMapping.toCase(row, config::rules, source, actor)).toList();
            complaints.insertAll(cases, c -> casework.listing(c, config), clock.instant());
        }
    }

    /**
     * Replaces what the case log records of cases already held (an import told to update them):
     * their timeline is kept, with the update added to it, and each change is audited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(List<ImportedCase> rows, String source, String importedBy) {
        CaseworkSettings config = settings.load();
        Actor actor = actor(importedBy);
        Map<String, Long> ids = complaints.idsOf(rows.stream().map(r -> r.reference().value()).toList());
        for (ImportedCase row : rows) {
            Complaint before = complaints.findById(ids.get(row.reference().value())).orElseThrow();
            Complaint replaced = CaseLogMapping.toCase(row, config::rules, source, actor);
            Complaint after = before.replacedBy(replaced, actor);
            complaints.save(after, casework.listing(after, config), clock.instant());
            audit.changed(Casework.subject(after), "updated from a case log", "Updated from " + source,
                    ComplaintSnapshot.of(before), ComplaintSnapshot.of(after));
        }
    }

    /**
     * Every case received in a period (both ends included; null for open-ended), a chunk at a time, oldest first.
     * For a person signed in, a restricted case is left out unless they may see it, and then its export is in the
     * audit trail; the command line's export, run by whoever runs Heard itself, has every case.
     */
    @Transactional
    public void export(LocalDate from, LocalDate to, Consumer<ImportedCase> sink) {
        Optional<StaffMember> me = currentUser.get();
        List<Long> ids = complaints.idsReceivedBetween(from, to);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (Complaint c : complaints.findAllById(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                if (c.isRestricted() && me.isPresent()) {
                    if (!CaseAccess.canSee(me.get(), c)) {
                        continue;
                    }
                    audit.noted(Casework.subject(c), "viewed", "Shown in the case log export");
                }
                sink.accept(CaseLogMapping.toRow(c));
            }
        }
    }

    private Actor actor(String importedBy) {
        return new Actor(importedBy, LocalDate.now(clock), clock.instant());
    }
}
