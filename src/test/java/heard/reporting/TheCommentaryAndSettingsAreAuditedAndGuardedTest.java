package heard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import heard.reporting.ReportDocument.Cell;
import heard.reporting.ReportDocument.Chart;
import heard.reporting.ReportDocument.Narrative;
import heard.reporting.ReportDocument.Table;
import heard.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaints manager's words and settings: saved, audited, refused when someone else changed them
 * meanwhile, and shown in every version of the report. Each test uses a period of its own.
 */
@HandCountedCouncilTest
class TheCommentaryAndSettingsAreAuditedAndGuardedTest {

    @Autowired
    Narratives narratives;
    @Autowired
    ReportingSettings settings;
    @Autowired
    HistoricalYears history;
    @Autowired
    ReportBuilder builder;
    @Autowired
    AuditTrail audit;

    @Test
    void the_commentary_is_kept_audited_and_shown_in_the_report() {
        ReportPeriod period = ReportPeriod.financialYear(2022);
        SignedIn.as("clare.manager", () -> narratives.save(period, Map.of("learning", "We now call back in two days.\n\n"
                + "Panels meet sooner.", "priorities", "  "), narratives.of(period).version(), "clare.manager"));

        Narratives.Narrative saved = narratives.of(period);
        assertThat(saved.texts()).containsOnlyKeys("learning");
        List<AuditEvent> trail = audit.history(new AuditSubject("report-narrative", period.toString()));
        assertThat(trail).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("clare.manager");
            assertThat(e.after()).contains("We now call back in two days.");
        });
        ReportDocument document = builder.build(ReportKind.ANNUAL, period, false, false);
        // The section's figures come first, then the manager's words.
        Narrative learning = document.sections().stream().filter(s -> s.id().equals("learning")).findFirst()
                .orElseThrow().blocks().stream().filter(Narrative.class::isInstance).map(Narrative.class::cast)
                .findFirst().orElseThrow();
        assertThat(learning.paragraphs()).containsExactly("We now call back in two days.", "Panels meet sooner.");
    }

    @Test
    void a_save_over_someone_else_s_is_refused() {
        ReportPeriod period = ReportPeriod.month(2022, 7);
        narratives.save(period, Map.of("summary", "First words."), -1, "clare.manager");
        int read = narratives.of(period).version();
        narratives.save(period, Map.of("summary", "Second words."), read, "olive.officer");

        assertThatThrownBy(() -> narratives.save(period, Map.of("summary", "Lost words."), read, "clare.manager"))
                .isInstanceOf(Refusal.class).extracting("messageKey").isEqualTo("form.changedMeanwhile");
        assertThatThrownBy(() -> narratives.save(period, Map.of("summary", "Also lost."), -1, "clare.manager"))
                .isInstanceOf(Refusal.class);
        assertThat(narratives.of(period).text("summary")).isEqualTo("Second words.");
    }

    @Test
    void historical_totals_are_checked_and_audited() {
        ReportPeriod period = new ReportPeriod(CaseLog.date("2018-04-01"), CaseLog.date("2019-03-31"));
        assertThatThrownBy(() -> history.save(new HistoricalYear(null, "2018/19", period, 50, 5, 1, null, null, null, 10,
                11, null, null, 0))).isInstanceOf(Refusal.class).extracting("field").isEqualTo("stage1OnTime");
        HistoricalYear saved = history.save(new HistoricalYear(null, "2018/19", period, 50, 5, 1, null, null, null, 10, 9,
                null, null, 0));
        assertThatThrownBy(() -> history.save(new HistoricalYear(null, "Again", period, 1, 1, 1, null, null, null, null,
                null, null, null, 0))).isInstanceOf(Refusal.class).extracting("field").isEqualTo("yearStart");
        HistoricalYear changed = history.save(new HistoricalYear(saved.id(), "2018/19", period, 51, 5, 1, null, null, null,
                10, 9, null, null, saved.version()));
        assertThat(changed.stage1Received()).isEqualTo(51);
        assertThatThrownBy(() -> history.save(new HistoricalYear(saved.id(), "2018/19", period, 52, 5, 1, null, null, null,
                10, 9, null, null, saved.version()))).isInstanceOf(Refusal.class);
        assertThat(audit.history(AuditSubject.of("historical-totals", saved.id()))).extracting(AuditEvent::action)
                .containsExactly("created", "updated");
    }

    @Test
    void small_numbers_are_hidden_only_in_the_public_version_and_only_when_the_council_asks() {
        ReportingSettings.Values before = settings.current();
        try {
            settings.change(new ReportingSettings.Values(90, true, before.version()));
            assertThat(cell(builder.build(ReportKind.ANNUAL, HandCountedCouncil.YEAR, true, false), "stage1-outcomes", 0))
                    .isEqualTo(new Cell("<5", null, true));
            assertThat(cell(builder.build(ReportKind.ANNUAL, HandCountedCouncil.YEAR, true, false), "volumes", 0))
                    .isEqualTo(new Cell("16", null, true));
            assertThat(cell(builder.build(ReportKind.ANNUAL, HandCountedCouncil.YEAR, false, true), "stage1-outcomes", 0)
                    .text()).isEqualTo("3");
            // The public version counts actions (X2's two for Team B, hidden) but does not list them.
            ReportDocument published = builder.build(ReportKind.ANNUAL, HandCountedCouncil.YEAR, true, false);
            assertThat(table(published, "actions").orElseThrow().rows().get(0).get(2)).isEqualTo(new Cell("<5", null, true));
            assertThat(table(published, "action-list")).isEmpty();
            assertThat(table(builder.build(ReportKind.ANNUAL, HandCountedCouncil.YEAR, false, false), "action-list"))
                    .hasValueSatisfying(list -> assertThat(list.rows()).hasSize(3));
        } finally {
            settings.change(new ReportingSettings.Values(before.onTimeTargetPercent(), before.suppressSmallNumbers(),
                    settings.current().version()));
        }
    }

    /** The first number of a table's first row. */
    private static Cell cell(ReportDocument document, String table, int row) {
        return table(document, table).orElseThrow().rows().get(row).get(1);
    }

    private static java.util.Optional<Table> table(ReportDocument document, String id) {
        return document.sections().stream().flatMap(s -> s.blocks().stream())
                .map(b -> b instanceof Chart c ? c.table() : b instanceof Table t ? t : null)
                .filter(t -> t != null && t.id().equals(id)).findFirst();
    }
}
