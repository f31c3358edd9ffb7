package heard.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.security.ConfirmedRecently;
import heard.web.SpreadsheetFormat;
import heard.web.SpreadsheetWriter;
import heard.web.SpreadsheetWriter.CellKind;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register as spreadsheets, CSV or Excel, written by Heard's one spreadsheet writer so that no cell can run as a
 * formula: its actions (filtered as the register's page is, and only those the person may see there), its lessons
 * (by team and theme, the filters that apply to a lesson) and the Ombudsman's remedies on every case (only those
 * overdue, when the page asks for overdue). Owners' names, case references and evidence leave Heard this way, so the
 * person gives their password again first, and each export is in the audit trail with what was asked for.
 */
@Controller
@RequestMapping(RegisterExportController.PATH)
class RegisterExportController {

    static final String PATH = "/learning/export";

    private final Learning learning;
    private final LearningPages pages;
    private final Organisation organisation;
    private final AuditTrail audit;

    RegisterExportController(Learning learning, LearningPages pages, Organisation organisation, AuditTrail audit) {
        this.learning = learning;
        this.pages = pages;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** One column: its heading's message, how a workbook writes it, and its cell of a row. */
    private record Column<T>(String key, CellKind kind, Function<T, Object> cell) {
    }

    @GetMapping("/actions")
    @PreAuthorize(LearningWeb.READERS)
    @ConfirmedRecently
    void actions(@RequestParam(required = false) String team, @RequestParam(required = false) String theme,
                 @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
                 @RequestParam(defaultValue = "CSV") String format, HttpServletResponse response) throws IOException {
        RegisterQuery query = RegisterController.query(team, theme, status, overdue);
        Map<Long, String> teams = pages.teamNames();
        Map<Long, String> areas = areaNames();
        List<Column<Action>> columns = List.of(
                new Column<>("number", CellKind.NUMBER, Action::id),
                new Column<>("action", CellKind.TEXT, Action::what),
                new Column<>("cases", CellKind.TEXT, a -> String.join("; ", a.cases())),
                new Column<>("origin", CellKind.TEXT, a -> pages.message("learning.origin." + a.origin().name(),
                        a.sourceStage())),
                new Column<>("lesson", CellKind.NUMBER, Action::lessonId),
                new Column<>("serviceArea", CellKind.TEXT, a -> areas.get(a.serviceAreaId())),
                new Column<>("team", CellKind.TEXT, a -> teams.get(a.teamId())),
                new Column<>("agreed", CellKind.DATE, Action::agreedOn),
                new Column<>("owner", CellKind.TEXT, a -> a.owner() == null ? null : a.owner().name()),
                new Column<>("due", CellKind.DATE, Action::dueOn),
                new Column<>("status", CellKind.TEXT, a -> pages.message("learning.status." + a.status().name())),
                new Column<>("overdue", CellKind.TEXT, a -> yesNo(a.overdueOn(pages.today()))),
                new Column<>("started", CellKind.DATE, Action::startedOn),
                new Column<>("done", CellKind.DATE, Action::completedOn),
                new Column<>("evidence", CellKind.TEXT, Action::evidence),
                new Column<>("dropped", CellKind.DATE, Action::droppedOn),
                new Column<>("droppedReason", CellKind.TEXT, Action::droppedReason),
                new Column<>("youSaid", CellKind.TEXT, Action::youSaid),
                new Column<>("weDid", CellKind.TEXT, Action::weDid));
        int rows = write(response, format, "actions", columns, learning.register(query));
        audited("actions", rows, format, "team " + blank(query.teamId()) + ", theme " + blank(query.themeId())
                + ", status " + blank(query.status()) + (query.overdue() ? ", overdue only" : ""));
    }

    @GetMapping("/lessons")
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER', 'SENIOR_MANAGER')")
    @ConfirmedRecently
    void lessons(@RequestParam(required = false) String team, @RequestParam(required = false) String theme,
                 @RequestParam(defaultValue = "CSV") String format, HttpServletResponse response) throws IOException {
        RegisterQuery query = RegisterController.query(team, theme, null, false);
        Map<Long, String> teams = pages.teamNames();
        Map<Long, String> areas = areaNames();
        Map<Long, String> themes = pages.themeNames();
        List<Column<Lesson>> columns = List.of(
                new Column<>("number", CellKind.NUMBER, Lesson::id),
                new Column<>("lesson", CellKind.TEXT, Lesson::whatWentWrong),
                new Column<>("theme", CellKind.TEXT, l -> themes.get(l.themeId())),
                new Column<>("serviceArea", CellKind.TEXT, l -> areas.get(l.serviceAreaId())),
                new Column<>("team", CellKind.TEXT, l -> teams.get(l.teamId())),
                new Column<>("cases", CellKind.TEXT, l -> String.join("; ", l.cases())),
                new Column<>("recorded", CellKind.DATE, Lesson::recordedOn),
                new Column<>("recordedBy", CellKind.TEXT, Lesson::recordedBy));
        int rows = write(response, format, "lessons", columns, learning.lessons(query.teamId(), query.themeId()));
        audited("lessons", rows, format, "team " + blank(query.teamId()) + ", theme " + blank(query.themeId()));
    }

    @GetMapping("/remedies")
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER', 'SENIOR_MANAGER')")
    @ConfirmedRecently
    void remedies(@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "CSV") String format,
                  HttpServletResponse response) throws IOException {
        boolean onlyOverdue = Boolean.TRUE.equals(overdue);
        List<Column<OmbudsmanRemedy>> columns = List.of(
                new Column<>("number", CellKind.NUMBER, OmbudsmanRemedy::id),
                new Column<>("case", CellKind.TEXT, OmbudsmanRemedy::reference),
                new Column<>("remedy", CellKind.TEXT, r -> pages.message("learning.remedyKind." + r.kind().name())),
                new Column<>("amount", CellKind.MONEY, r -> r.amount() == null ? null : r.amount().pounds().toPlainString()),
                new Column<>("description", CellKind.TEXT, OmbudsmanRemedy::description),
                new Column<>("decided", CellKind.DATE, OmbudsmanRemedy::decidedOn),
                new Column<>("due", CellKind.DATE, OmbudsmanRemedy::dueOn),
                new Column<>("complied", CellKind.DATE, OmbudsmanRemedy::compliedOn),
                new Column<>("late", CellKind.TEXT, r -> yesNo(r.late() || r.overdueOn(pages.today()))),
                new Column<>("evidence", CellKind.TEXT, OmbudsmanRemedy::evidence));
        int rows = write(response, format, "remedies", columns, learning.remedies(onlyOverdue));
        audited("remedies", rows, format, onlyOverdue ? "overdue only" : "all");
    }

    private <T> int write(HttpServletResponse response, String formatName, String part, List<Column<T>> columns,
                          List<T> records) throws IOException {
        SpreadsheetFormat format = SpreadsheetFormat.named(formatName);
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("learning-" + part + "-" + pages.today() + "." + format.extension()).build().toString());
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, response.getOutputStream(),
                pages.message("learning.export.sheet." + part), columns.stream().map(Column::kind).toList())) {
            writer.header(columns.stream().map(c -> pages.message("learning.export.column." + c.key())).toList());
            for (T record : records) {
                writer.row(columns.stream().map(c -> c.cell().apply(record)).map(v -> v == null ? "" : v.toString())
                        .toList());
            }
        }
        response.flushBuffer();
        return records.size();
    }

    private void audited(String part, int rows, String format, String filters) {
        audit.noted(new AuditSubject("learning-register", "export"), "exported", "Exported the learning register's "
                + part + ", " + rows + " rows (" + filters + "), as " + SpreadsheetFormat.named(format).name());
    }

    private Map<Long, String> areaNames() {
        return organisation.serviceAreas().stream().collect(java.util.stream.Collectors.toMap(ServiceArea::id,
                ServiceArea::name));
    }

    private String yesNo(boolean yes) {
        return pages.message(yes ? "learning.export.yes" : "learning.export.no");
    }

    private static String blank(Object filter) {
        return filter == null ? "any" : filter.toString();
    }
}
