package heard.interchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseList;
import heard.casework.CaseListFilters;
import heard.casework.CaseSummary;
import heard.casework.RestrictedCases;
import heard.interchange.caselog.NameBook;
import heard.organisation.Organisation;
import heard.security.ConfirmedRecently;
import heard.web.SpreadsheetFormat;
import heard.web.SpreadsheetWriter;
import heard.web.SpreadsheetWriter.CellKind;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list as a spreadsheet: every case its search and filters find (not only the page shown), as CSV or
 * Excel, written by the case log's own writers, so that no cell can run as a formula. Names and addresses of
 * the people in them leave Heard this way, so the person gives their password again first, as for the case log.
 */
@Controller
@PreAuthorize(CaseList.ROLES)
class CaseListExportController {

    static final String PATH = "/cases/export";

    private enum Part {
        REFERENCE(CellKind.TEXT), TYPE(CellKind.TEXT), COMPLAINANT(CellKind.TEXT), CHILD(CellKind.TEXT),
        RECEIVED(CellKind.DATE), SERVICE_AREA(CellKind.TEXT), TEAM(CellKind.TEXT), STAGE(CellKind.NUMBER),
        RESPONDER(CellKind.TEXT), STATUS(CellKind.TEXT), NEXT_DEADLINE(CellKind.TEXT), DUE(CellKind.DATE);

        private final CellKind kind;

        Part(CellKind kind) {
            this.kind = kind;
        }
    }

    private final CaseList caseList;
    private final RestrictedCases restrictedCases;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    CaseListExportController(CaseList caseList, RestrictedCases restrictedCases, Organisation organisation,
                             AuditTrail audit, MessageSource messages, Clock clock) {
        this.caseList = caseList;
        this.restrictedCases = restrictedCases;
        this.organisation = organisation;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list's own query string, with {@code format} CSV or XLSX; a filter that is not a number narrows nothing, as on the list. */
    @GetMapping(PATH)
    @ConfirmedRecently
    void export(@ModelAttribute("filters") CaseListFilters filters, BindingResult ignoredTypos,
                @RequestParam(name = "format", defaultValue = "CSV") String formatName, HttpServletResponse response)
            throws IOException {
        SpreadsheetFormat format = SpreadsheetFormat.named(formatName);
        LocalDate today = LocalDate.now(clock);
        NameBook names = new NameBook(organisation);
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("cases-" + today + "." + format.extension()).build().toString());
        int[] count = {0};
        List<String> restricted = new ArrayList<>();
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, response.getOutputStream(), text("list.title"),
                Arrays.stream(Part.values()).map(p -> p.kind).toList())) {
            writer.header(Arrays.stream(Part.values()).map(p -> text("caselist.export.column." + p.name())).toList());
            caseList.forEach(filters.query(), c -> {
                try {
                    writer.row(cells(c, names, today));
                    count[0]++;
                    if (c.restricted()) {
                        restricted.add(c.reference());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // The list holds only the restricted cases this person may see; each one's export is a view of it.
        restrictedCases.hiddenAmong(restricted, "the case list export");
        audit.noted(new AuditSubject("case-list", "export"), "exported", "Exported the case list, " + count[0]
                + " cases (" + describe(filters) + "), as " + format.name());
        response.flushBuffer();
    }

    private List<String> cells(CaseSummary c, NameBook names, LocalDate today) {
        List<String> cells = new ArrayList<>();
        boolean open = c.status().name().equals("OPEN");
        for (Part part : Part.values()) {
            cells.add(switch (part) {
                case REFERENCE -> c.reference();
                case TYPE -> c.procedure() == null ? text("list.procedure.representation")
                        : text("list.procedure." + c.procedure().name());
                case COMPLAINANT -> c.complainantName();
                case CHILD -> c.childName();
                case RECEIVED -> c.receivedOn().toString();
                case SERVICE_AREA -> names.areaName(c.serviceAreaId());
                case TEAM -> names.teamName(c.teamId(), today);
                case STAGE -> c.stage() == null ? null : String.valueOf(c.stage());
                case RESPONDER -> c.responderName();
                case STATUS -> text("status." + c.status().name());
                case NEXT_DEADLINE -> open && c.deadline() != null ? text("deadline." + c.deadline().name()) : null;
                case DUE -> open && c.dueOn() != null ? c.dueOn().toString() : null;
            });
        }
        return cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    /** The filters in the audit trail's words: what was asked for, not who was found. */
    private static String describe(CaseListFilters filters) {
        List<String> parts = new ArrayList<>();
        parts.add("status " + (filters.status() == null || filters.status().isBlank() ? "OPEN" : filters.status()));
        if (filters.q() != null && !filters.q().isBlank()) {
            parts.add("search \"" + filters.q().strip() + "\"");
        }
        if (filters.stage() != null) {
            parts.add("stage " + filters.stage());
        }
        if (filters.area() != null) {
            parts.add("service area " + filters.area());
        }
        if (filters.team() != null) {
            parts.add("team " + filters.team());
        }
        if (filters.responder() != null) {
            parts.add("responder " + filters.responder());
        }
        return String.join(", ", parts);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
