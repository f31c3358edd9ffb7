package heard.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of a period as JSON, for any member of staff signed in: the numbers behind every report,
 * in the shape of {@code spec/report-figures.md}. Without dates, the current financial year.
 */
@RestController
@PreAuthorize(ReportingWeb.READERS)
class FiguresController {

    private final ReportFigures figures;
    private final Clock clock;

    FiguresController(ReportFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping(value = "/reports/figures.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.compute(Periods.chosen(from, to, clock));
    }
}
