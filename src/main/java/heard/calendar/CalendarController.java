package heard.calendar;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import heard.web.DateParts;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar's settings: bank holidays (and a newer bank-holidays.json), closure days. */
@Controller
@RequestMapping("/settings/calendar")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMPLAINTS_MANAGER')")
class CalendarController {

    private final CalendarAdministration administration;
    private final WorkingDayCalendar calendar;

    CalendarController(CalendarAdministration administration, WorkingDayCalendar calendar) {
        this.administration = administration;
        this.calendar = calendar;
    }

    record UploadForm(MultipartFile file) {
    }

    record ClosureForm(DateParts from, DateParts to, String description) {
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("upload", new UploadForm(null));
        model.addAttribute("closure", new ClosureForm(new DateParts("", "", ""), new DateParts("", "", ""), ""));
        return page(model);
    }

    @PostMapping("/bank-holidays")
    String upload(@ModelAttribute("upload") UploadForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (form.file() == null || form.file().isEmpty()) {
            result.rejectValue("file", "calendar.upload.choose");
        } else {
            try {
                redirect.addFlashAttribute("calendarNotice", administration.uploadBankHolidays(form.file().getBytes()).summary());
                return "redirect:/settings/calendar";
            } catch (CalendarChangeRefusedException refused) {
                refused.problems().forEach(p -> result.rejectValue("file", "calendar.problem", new Object[] {p}, p));
            }
        }
        model.addAttribute("closure", new ClosureForm(new DateParts("", "", ""), new DateParts("", "", ""), ""));
        return page(model);
    }

    @PostMapping("/closure-days")
    String addClosure(@ModelAttribute("closure") ClosureForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        form.from().validateRequired(result, "from");
        form.to().validateOptional(result, "to");
        if (!result.hasErrors()) {
            LocalDate from = form.from().toLocalDate().orElseThrow();
            LocalDate to = form.to().toLocalDate().orElse(from);
            if (to.isBefore(from)) {
                result.rejectValue("to", "calendar.closure.toBeforeFrom");
            } else {
                try {
                    CalendarChanged changed = from.equals(to) ? administration.addClosureDay(from, form.description())
                            : administration.addClosureDays(DateRange.of(from, to), form.description());
                    redirect.addFlashAttribute("calendarNotice", changed.summary());
                    return "redirect:/settings/calendar";
                } catch (CalendarChangeRefusedException refused) {
                    refused.problems().forEach(p -> result.reject("calendar.problem", new Object[] {p}, p));
                }
            }
        }
        model.addAttribute("upload", new UploadForm(null));
        return page(model);
    }

    @PostMapping("/closure-days/remove")
    String removeClosure(@org.springframework.web.bind.annotation.RequestParam
                         @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("calendarNotice", administration.removeClosureDay(day).summary());
        } catch (CalendarChangeRefusedException refused) {
            redirect.addFlashAttribute("calendarProblems", refused.problems().stream()
                    .map(p -> java.util.Map.of("text", p)).toList());
        }
        return "redirect:/settings/calendar";
    }

    private String page(Model model) {
        TreeMap<Integer, List<BankHoliday>> byYear = administration.bankHolidays().stream()
                .collect(Collectors.groupingBy(h -> h.date().getYear(), TreeMap::new, Collectors.toList()));
        model.addAttribute("holidaysByYear", byYear.descendingMap());
        model.addAttribute("closureDays", administration.closureDays());
        model.addAttribute("known", calendar.known());
        return "calendar/settings";
    }
}
