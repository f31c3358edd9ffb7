package heard.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The page behind each number of a report: the records it counts, each linking to its case. */
@Controller
@PreAuthorize(ReportingWeb.READERS)
class DrillDownController {

    private static final Set<String> NOT_DIMENSIONS = Set.of("measure", "from", "to");

    private final DrillDown drillDown;

    DrillDownController(DrillDown drillDown) {
        this.drillDown = drillDown;
    }

    @GetMapping("/reports/records")
    String records(@RequestParam String measure,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam Map<String, String> parameters, Model model) {
        Measure chosen = Measure.bySlug(measure)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No figure " + measure));
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period ends before it starts");
        }
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        filters.keySet().removeAll(NOT_DIMENSIONS);
        try {
            model.addAttribute("listing", drillDown.list(chosen, new ReportPeriod(from, to), filters));
        } catch (IllegalArgumentException badAddress) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, badAddress.getMessage(), badAddress);
        }
        return "reporting/records";
    }
}
