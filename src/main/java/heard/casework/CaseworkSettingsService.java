package heard.casework;

import java.util.List;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the council's casework settings: complaints managers and administrators only, audited. */
@Service
public class CaseworkSettingsService {

    static final AuditSubject SUBJECT = new AuditSubject("casework-settings", "1");

    private final CaseworkSettingsRepository settings;
    private final ComplaintRepository complaints;
    private final Casework casework;
    private final AuditTrail audit;

    CaseworkSettingsService(CaseworkSettingsRepository settings, ComplaintRepository complaints, Casework casework,
                            AuditTrail audit) {
        this.settings = settings;
        this.complaints = complaints;
        this.casework = casework;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CaseworkSettings current() {
        return settings.load();
    }

    /**
     * Saves the settings. {@code changed.version()} is the version the person edited: if someone
     * else has saved since, nothing is saved and the change is refused. The timescales decide
     * every open case's deadlines, so the next deadline the case list sorts by is worked out again.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER','ADMINISTRATOR')")
    public CaseworkSettings save(CaseworkSettings changed) {
        CaseworkSettings before = settings.load();
        if (!settings.save(changed)) {
            throw Refusal.of("settings.changedMeanwhile");
        }
        CaseworkSettings after = settings.load();
        List<Long> open = complaints.openIds();
        for (int from = 0; from < open.size(); from += CaseworkImport.CHUNK) {
            List<Complaint> chunk = complaints.findAllById(open.subList(from, Math.min(open.size(), from + CaseworkImport.CHUNK)));
            complaints.updateListings(chunk.stream().map(Complaint::id).toList(),
                    chunk.stream().map(c -> casework.listing(c, after)).toList());
        }
        audit.changed(SUBJECT, "changed", "Casework settings changed", before, after);
        return after;
    }
}
