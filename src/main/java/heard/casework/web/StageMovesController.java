package heard.casework.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import heard.calendar.WorkingDays;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Stage;
import heard.casework.domain.Move;
import heard.casework.domain.SuspensionReason;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import heard.web.DateParts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moves on the stage in progress: allocate, extend, the request for the next stage, withdrawal, suspension. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class StageMovesController {

    private final Casework casework;
    private final CasePages pages;
    private final StaffDirectory staff;
    private final Choices choices;

    StageMovesController(Casework casework, CasePages pages, StaffDirectory staff, Choices choices) {
        this.casework = casework;
        this.pages = pages;
        this.staff = staff;
        this.choices = choices;
    }

    /** The stage is the one the person saw in progress; if it has moved on since, the version says so. */
    record AllocateForm(Long responderId, Integer stage, Integer version) {
    }

    record ExtendForm(String extendedTo, DateParts agreedOn, String reason, Integer stage, Integer version) {

        ExtendForm {
            agreedOn = agreedOn == null ? DateParts.of(null) : agreedOn;
        }
    }

    record RequestForm(DateParts requestedOn, String discretion, Integer version) {

        RequestForm {
            requestedOn = requestedOn == null ? DateParts.of(null) : requestedOn;
        }
    }

    record WithdrawForm(DateParts withdrawnOn, String reason, Integer version) {

        WithdrawForm {
            withdrawnOn = withdrawnOn == null ? DateParts.of(null) : withdrawnOn;
        }
    }

    record SuspendForm(DateParts from, SuspensionReason reason, Integer version) {

        SuspendForm {
            from = from == null ? DateParts.of(null) : from;
        }
    }

    // ------------------------------------------------------------------ allocate

    @GetMapping("/cases/{reference}/allocate")
    String allocate(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.ALLOCATE);
        Stage stage = view.complaint().currentStage().orElseThrow();
        model.addAttribute("responderItems", responderItems());
        return pages.form(view, Move.ALLOCATE, "allocate",
                new AllocateForm(stage.responderId(), stage.number(), view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/allocate")
    String allocate(@PathVariable String reference, @ModelAttribute("caseForm") AllocateForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (form.responderId() == null) {
            result.rejectValue("responderId", "allocate.notAResponder");
        }
        model.addAttribute("responderItems", responderItems());
        return pages.submit(reference, Move.ALLOCATE, "allocate", form, result, model, redirect, UnaryOperator.identity(),
                ref -> casework.allocate(ref, version(form.version()), stage(form.stage()), form.responderId()));
    }

    /** Staff who answer complaints: responding and senior managers, and complaints officers. */
    private List<Map<String, Object>> responderItems() {
        List<StaffMember> all = new ArrayList<>();
        for (Role role : List.of(Role.RESPONDING_MANAGER, Role.SENIOR_MANAGER, Role.COMPLAINTS_OFFICER)) {
            staff.withRole(role).stream().filter(m -> all.stream().noneMatch(a -> a.id() == m.id())).forEach(all::add);
        }
        all.sort(Comparator.comparing(StaffMember::displayName));
        Map<Long, String> teams = pages.teamNames();
        return choices.select("form.choose", all, StaffMember::id, m -> m.teamId() == null || !teams.containsKey(m.teamId())
                ? m.displayName() : choices.message("allocate.responderInTeam", m.displayName(), teams.get(m.teamId())));
    }

    // ------------------------------------------------------------------ extend

    @GetMapping("/cases/{reference}/extend")
    String extend(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.EXTEND);
        Stage stage = view.complaint().currentStage().orElseThrow();
        return pages.form(view, Move.EXTEND, "extend", new ExtendForm("", DateParts.of(view.today()), "", stage.number(),
                view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/extend")
    String extend(@PathVariable String reference, @ModelAttribute("caseForm") ExtendForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Integer days = wholeNumber(form.extendedTo());
        if (days == null) {
            result.rejectValue("extendedTo", form.extendedTo() == null || form.extendedTo().isBlank()
                    ? "extension.days.missing" : "extension.days.notANumber");
        }
        form.agreedOn().validateRequired(result, "agreedOn");
        return pages.submit(reference, Move.EXTEND, "extend", form, result, model, redirect, UnaryOperator.identity(),
                ref -> casework.extend(ref, version(form.version()), stage(form.stage()), WorkingDays.of(days),
                        form.agreedOn().toLocalDate().orElseThrow(), form.reason()));
    }

    // ------------------------------------------------------------------ the next stage

    @GetMapping("/cases/{reference}/request-next-stage")
    String requestNextStage(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.REQUEST_NEXT_STAGE);
        return pages.form(view, Move.REQUEST_NEXT_STAGE, "request-next-stage",
                new RequestForm(DateParts.of(view.today()), "", view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/request-next-stage")
    String requestNextStage(@PathVariable String reference, @ModelAttribute("caseForm") RequestForm form, BindingResult result,
                            Model model, RedirectAttributes redirect) {
        form.requestedOn().validateRequired(result, "requestedOn");
        return pages.submit(reference, Move.REQUEST_NEXT_STAGE, "request-next-stage", form, result, model, redirect,
                UnaryOperator.identity(), ref -> casework.requestNextStage(ref, version(form.version()),
                        form.requestedOn().toLocalDate().orElseThrow(), form.discretion()));
    }

    // ------------------------------------------------------------------ withdraw and suspend

    @GetMapping("/cases/{reference}/withdraw")
    String withdraw(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.WITHDRAW);
        return pages.form(view, Move.WITHDRAW, "withdraw", new WithdrawForm(DateParts.of(view.today()), "",
                view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/withdraw")
    String withdraw(@PathVariable String reference, @ModelAttribute("caseForm") WithdrawForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        form.withdrawnOn().validateRequired(result, "withdrawnOn");
        return pages.submit(reference, Move.WITHDRAW, "withdraw", form, result, model, redirect, UnaryOperator.identity(),
                ref -> casework.withdraw(ref, version(form.version()), form.withdrawnOn().toLocalDate().orElseThrow(),
                        form.reason()));
    }

    @GetMapping("/cases/{reference}/suspend")
    String suspend(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.SUSPEND);
        model.addAttribute("reasonItems", choices.of("suspension.", List.of(SuspensionReason.values())));
        return pages.form(view, Move.SUSPEND, "suspend", new SuspendForm(DateParts.of(view.today()), null,
                view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/suspend")
    String suspend(@PathVariable String reference, @ModelAttribute("caseForm") SuspendForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        form.from().validateRequired(result, "from");
        model.addAttribute("reasonItems", choices.of("suspension.", List.of(SuspensionReason.values())));
        return pages.submit(reference, Move.SUSPEND, "suspend", form, result, model, redirect, UnaryOperator.identity(),
                ref -> casework.suspend(ref, version(form.version()), form.from().toLocalDate().orElseThrow(),
                        form.reason()));
    }

    static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private static int stage(Integer stage) {
        return stage == null ? 1 : stage;
    }

    /** A whole number as typed, or null. */
    static Integer wholeNumber(String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(typed.strip());
    }
}
