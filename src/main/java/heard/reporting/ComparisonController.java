package heard.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import heard.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several councils' figures of one period side by side, with their totals: for a regional body, a group of councils
 * pooling their logs, or a council comparing itself with its neighbours. Each council's figures come as the JSON every
 * Heard serves ({@code /reports/figures.json}, or {@code java -jar heard.jar report}), a file each, named by the file.
 * Nothing uploaded is kept.
 */
@Controller
@PreAuthorize(ReportingWeb.READERS)
class ComparisonController {

    static final String FORM = "comparisonForm";

    private final JsonMapper json;
    private final MessageSource messages;

    ComparisonController(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    record ComparisonForm(List<MultipartFile> files) {
    }

    /** A council's column: its name and figures. */
    record Council(String name, Figures figures) {
    }

    /** A row of the comparison: what it counts, then one value for each council and the total last. */
    record Row(String label, List<String> values) {
    }

    @GetMapping("/reports/compare")
    String form(Model model) {
        model.addAttribute(FORM, new ComparisonForm(List.of()));
        return "reporting/compare";
    }

    @PostMapping("/reports/compare")
    String compare(@ModelAttribute(FORM) ComparisonForm form, BindingResult result, Model model) {
        List<MultipartFile> files = form.files() == null ? List.of()
                : form.files().stream().filter(f -> f != null && !f.isEmpty()).toList();
        List<Council> councils = new ArrayList<>();
        List<String> notFigures = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = ReportCommand.councilName(file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            try {
                councils.add(new Council(name, Figures.read(json, file.getBytes())));
            } catch (JacksonException | IOException | IllegalArgumentException unreadable) {
                notFigures.add(name);
            }
        }
        if (files.size() < 2) {
            FormProblems.reject(result, "files", "compare.files.tooFew");
        } else if (!notFigures.isEmpty()) {
            FormProblems.reject(result, "files", "compare.files.notFigures", String.join(", ", notFigures));
        }
        Figures total = null;
        if (!result.hasErrors()) {
            try {
                total = FiguresTotal.of(councils.stream().map(Council::figures).toList());
            } catch (IllegalArgumentException periods) {
                FormProblems.reject(result, "files", "compare.files.periods");
            }
        }
        if (result.hasErrors()) {
            return "reporting/compare";
        }
        model.addAttribute("councils", councils);
        model.addAttribute("period", total.period());
        model.addAttribute("rows", rows(councils, total));
        return "reporting/comparison";
    }

    private List<Row> rows(List<Council> councils, Figures total) {
        List<Figures> columns = new ArrayList<>(councils.stream().map(Council::figures).toList());
        columns.add(total);
        List<Row> rows = new ArrayList<>();
        rows.add(row("compare.row.stage1Received", columns, f -> count(f.received().stage1())));
        rows.add(row("compare.row.stage2Received", columns, f -> count(f.received().stage2())));
        rows.add(row("compare.row.stage3Received", columns, f -> count(f.received().stage3())));
        rows.add(row("compare.row.stage1Upheld", columns, f -> Numbers.percent(
                Figures.rate(f.stage(1).outcomes().upheldOrPartly(), f.stage(1).decided()))));
        rows.add(row("compare.row.stage1OnTime", columns, f -> Numbers.percent(f.stage(1).timeliness().onTimeRate())));
        rows.add(row("compare.row.stage2OnTime", columns, f -> Numbers.percent(f.stage(2).timeliness().onTimeRate())));
        rows.add(row("compare.row.escalation", columns, f -> Numbers.percent(f.escalation().stage1to2())));
        rows.add(row("compare.row.ombudsmanDecided", columns, f -> count(f.ombudsman().decided())));
        rows.add(row("compare.row.ombudsmanFault", columns, f -> count(f.ombudsman().faultFound())));
        rows.add(row("compare.row.compliments", columns, f -> count(f.received().compliments())));
        rows.add(row("compare.row.memberEnquiries", columns, f -> count(f.received().memberEnquiries())));
        rows.add(row("compare.row.payments", columns, f -> money(f.remedies().paymentsTotal())));
        rows.add(row("compare.row.costs", columns, f -> money(f.costs().total())));
        return rows;
    }

    private Row row(String label, List<Figures> columns, Function<Figures, String> value) {
        return new Row(messages.getMessage(label, null, Locale.UK), columns.stream().map(value).toList());
    }

    private static String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "–" : Numbers.money(amount);
    }
}
