package heard.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words the complaints manager writes for a report period, a text for each section that takes one,
 * kept with who wrote them and when; every change is audited.
 */
@Service
@Transactional
class Narratives {

    /** The sections that take the manager's words, in the order the form asks for them. */
    static final List<String> SECTIONS = List.of("introduction", "summary", "volumes", "stages", "timeliness", "issues",
            "equalities", "ombudsman", "remedies", "adr", "learning", "compliments", "priorities");

    static final int MAXIMUM_LENGTH = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Narratives(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The period's words by section (sections without words left out), and the version to send back to change them. */
    record Narrative(Map<String, String> texts, int version) {

        static final Narrative NONE = new Narrative(Map.of(), -1);

        String text(String section) {
            return texts.getOrDefault(section, "");
        }
    }

    @Transactional(readOnly = true)
    Narrative of(ReportPeriod period) {
        List<Integer> version = jdbc.sql("""
                SELECT version FROM reporting_narrative WHERE period_start = :start AND period_end = :end""")
                .param("start", period.start()).param("end", period.end()).query(Integer.class).list();
        if (version.isEmpty()) {
            return Narrative.NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT section, text FROM reporting_narrative_section WHERE period_start = :start AND period_end = :end""")
                .param("start", period.start()).param("end", period.end())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> texts.put(e.getKey(), e.getValue()));
        Map<String, String> ordered = new LinkedHashMap<>();
        SECTIONS.stream().filter(texts::containsKey).forEach(s -> ordered.put(s, texts.get(s)));
        return new Narrative(ordered, version.get(0));
    }

    /**
     * Saves the period's words. {@code version} is the one read (-1 when there were none); someone else's
     * change in between refuses the save, so that nobody's words are lost unseen.
     */
    void save(ReportPeriod period, Map<String, String> texts, int version, String by) {
        Map<String, String> tidy = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            String text = texts.getOrDefault(section, "");
            text = text == null ? "" : text.replace("\r\n", "\n").strip();
            if (text.length() > MAXIMUM_LENGTH) {
                throw new Refusal(section, "narrative.tooLong", MAXIMUM_LENGTH);
            }
            if (!text.isEmpty()) {
                tidy.put(section, text);
            }
        }
        Narrative before = of(period);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int changed = before.version() == -1 && version == -1
                ? jdbc.sql("""
                        INSERT INTO reporting_narrative (period_start, period_end, updated_at, updated_by)
                        VALUES (:start, :end, :now, :by)""")
                        .param("start", period.start()).param("end", period.end()).param("now", now).param("by", by)
                        .update()
                : jdbc.sql("""
                        UPDATE reporting_narrative SET version = version + 1, updated_at = :now, updated_by = :by
                        WHERE period_start = :start AND period_end = :end AND version = :version""")
                        .param("start", period.start()).param("end", period.end()).param("now", now).param("by", by)
                        .param("version", version).update();
        if (changed != 1) {
            throw Refusal.of("form.changedMeanwhile");
        }
        jdbc.sql("DELETE FROM reporting_narrative_section WHERE period_start = :start AND period_end = :end")
                .param("start", period.start()).param("end", period.end()).update();
        tidy.forEach((section, text) -> jdbc.sql("""
                        INSERT INTO reporting_narrative_section (period_start, period_end, section, text)
                        VALUES (:start, :end, :section, :text)""")
                .param("start", period.start()).param("end", period.end()).param("section", section).param("text", text)
                .update());
        audit.changed(new AuditSubject("report-narrative", period.toString()), "updated",
                "Report words for " + period.label() + " changed", before.texts(), tidy);
    }
}
