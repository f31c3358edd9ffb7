package heard.reporting;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's reporting settings: its on-time target and whether public reports suppress small numbers. */
@Service
@Transactional
class ReportingSettings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportingSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * @param onTimeTargetPercent  the share of responses the council aims to send on time, 1 to 100
     * @param suppressSmallNumbers whether the public version of a report shows numbers from 1 to 4 as "fewer than 5"
     */
    record Values(int onTimeTargetPercent, boolean suppressSmallNumbers, int version) {
    }

    @Transactional(readOnly = true)
    Values current() {
        return jdbc.sql("SELECT on_time_target_percent, suppress_small_numbers, version FROM reporting_settings WHERE id = 1")
                .query((rs, n) -> new Values(rs.getInt(1), rs.getBoolean(2), rs.getInt(3))).single();
    }

    void change(Values values) {
        if (values.onTimeTargetPercent() < 1 || values.onTimeTargetPercent() > 100) {
            throw new Refusal("onTimeTargetPercent", "settings.target.range");
        }
        Values before = current();
        int updated = jdbc.sql("""
                UPDATE reporting_settings SET on_time_target_percent = :target, suppress_small_numbers = :suppress,
                    version = version + 1
                WHERE id = 1 AND version = :version""")
                .param("target", values.onTimeTargetPercent()).param("suppress", values.suppressSmallNumbers())
                .param("version", values.version()).update();
        if (updated != 1) {
            throw Refusal.of("form.changedMeanwhile");
        }
        audit.changed(new AuditSubject("reporting-settings", "1"), "updated", "Reporting settings changed", before, current());
    }
}
