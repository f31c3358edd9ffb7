package heard.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import heard.casework.Appointment;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Refusal;
import heard.casework.Stage;
import heard.casework.domain.Move;
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

/** The people appointed to a statutory stage: Stage 2's Investigating Officer and Independent Person, Stage 3's panel. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class AppointmentsController {

    private final Casework casework;
    private final CasePages pages;
    private final StaffDirectory staff;
    private final Choices choices;

    AppointmentsController(Casework casework, CasePages pages, StaffDirectory staff, Choices choices) {
        this.casework = casework;
        this.pages = pages;
        this.staff = staff;
        this.choices = choices;
    }

    /**
     * Either or both of the investigators; a blank name leaves that appointment as it is.
     *
     * @param officerStaffId the investigator's Heard account, if they sign in to see the case
     */
    record InvestigatorsForm(String officerName, DateParts officerAppointedOn, Boolean officerIndependent,
                             Long officerStaffId, String personName, DateParts personAppointedOn,
                             Boolean personIndependent, Long personStaffId, Integer version) {

        InvestigatorsForm {
            officerAppointedOn = officerAppointedOn == null ? DateParts.of(null) : officerAppointedOn;
            personAppointedOn = personAppointedOn == null ? DateParts.of(null) : personAppointedOn;
        }

        boolean officerGiven() {
            return officerName != null && !officerName.isBlank();
        }

        boolean personGiven() {
            return personName != null && !personName.isBlank();
        }

        void validate(BindingResult result) {
            if (!officerGiven() && !personGiven()) {
                result.reject("appointment.none");
            }
            if (officerGiven()) {
                officerAppointedOn.validateRequired(result, "officerAppointedOn");
            }
            if (personGiven()) {
                personAppointedOn.validateRequired(result, "personAppointedOn");
            }
        }

        Appointment officer() {
            return officerGiven() ? new Appointment(officerName, officerAppointedOn.toLocalDate().orElseThrow(),
                    Boolean.TRUE.equals(officerIndependent), officerStaffId) : null;
        }

        Appointment person() {
            return personGiven() ? new Appointment(personName, personAppointedOn.toLocalDate().orElseThrow(),
                    Boolean.TRUE.equals(personIndependent), personStaffId) : null;
        }

        /** The refusals of an appointment name its fields without saying whose: this works out whose. */
        String fieldOf(String field, Refusal refusal) {
            return switch (field) {
                case "independent" -> "personIndependent";
                case "name" -> "personName";
                case "appointedOn" -> {
                    LocalDate notBefore = (LocalDate) refusal.arguments()[0];
                    Appointment officer = officer();
                    yield officer != null && officer.appointedOn().isBefore(notBefore) ? "officerAppointedOn"
                            : "personAppointedOn";
                }
                default -> field;
            };
        }
    }

    /** The review panel, appointed together: an independent chair and two independent members. */
    record PanelForm(DateParts appointedOn, String chair, Boolean chairIndependent, String memberOne,
                     Boolean memberOneIndependent, String memberTwo, Boolean memberTwoIndependent, Integer version) {

        PanelForm {
            appointedOn = appointedOn == null ? DateParts.of(null) : appointedOn;
        }

        void validate(BindingResult result) {
            appointedOn.validateRequired(result, "appointedOn");
            for (String field : List.of("chair", "memberOne", "memberTwo")) {
                if (Objects.toString(result.getFieldValue(field), "").isBlank()) {
                    result.rejectValue(field, "panel.name.missing." + field);
                }
            }
        }

        Appointment appointment(String name, Boolean independent) {
            return new Appointment(name, appointedOn.toLocalDate().orElseThrow(), Boolean.TRUE.equals(independent));
        }
    }

    @GetMapping("/cases/{reference}/appoint-investigators")
    String investigators(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.APPOINT_INVESTIGATORS);
        Stage stage = view.complaint().stage(2).orElseThrow();
        Appointment io = stage.investigatingOfficer();
        Appointment ip = stage.independentPerson();
        model.addAttribute("investigatorItems", investigatorItems());
        DateParts today = DateParts.of(view.today());
        return pages.form(view, Move.APPOINT_INVESTIGATORS, "appoint-investigators", new InvestigatorsForm(
                io == null ? "" : io.name(), io == null ? today : DateParts.of(io.appointedOn()),
                io != null && io.independent(), io == null ? null : io.staffId(),
                ip == null ? "" : ip.name(), ip == null ? today : DateParts.of(ip.appointedOn()),
                ip != null && ip.independent(), ip == null ? null : ip.staffId(), view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/appoint-investigators")
    String investigators(@PathVariable String reference, @ModelAttribute("caseForm") InvestigatorsForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        form.validate(result);
        model.addAttribute("investigatorItems", investigatorItems());
        return pages.submit(reference, Move.APPOINT_INVESTIGATORS, "appoint-investigators", form, result, model, redirect,
                field -> field, ref -> {
                    try {
                        casework.appointInvestigators(ref, StageMovesController.version(form.version()), form.officer(),
                                form.person());
                    } catch (Refusal refusal) {
                        throw refusal.field() == null ? refusal : new Refusal(form.fieldOf(refusal.field(), refusal),
                                refusal.messageKey(), refusal.arguments());
                    }
                });
    }

    /** Investigators with a Heard account, who see only the Stage 2 cases they are appointed to. */
    private List<Map<String, Object>> investigatorItems() {
        List<StaffMember> investigators = new ArrayList<>(staff.withRole(Role.INVESTIGATOR));
        investigators.sort(Comparator.comparing(StaffMember::displayName));
        return choices.select("moveForm.APPOINT_INVESTIGATORS.noAccount", investigators, StaffMember::id,
                StaffMember::displayName);
    }

    @GetMapping("/cases/{reference}/appoint-panel")
    String panel(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference, Move.APPOINT_PANEL);
        return pages.form(view, Move.APPOINT_PANEL, "appoint-panel", new PanelForm(DateParts.of(view.today()), "", null,
                "", null, "", null, view.complaint().version()), model);
    }

    @PostMapping("/cases/{reference}/appoint-panel")
    String panel(@PathVariable String reference, @ModelAttribute("caseForm") PanelForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        form.validate(result);
        return pages.submit(reference, Move.APPOINT_PANEL, "appoint-panel", form, result, model, redirect, field -> field,
                ref -> casework.appointPanel(ref, StageMovesController.version(form.version()),
                        form.appointment(form.chair(), form.chairIndependent()),
                        form.appointment(form.memberOne(), form.memberOneIndependent()),
                        form.appointment(form.memberTwo(), form.memberTwoIndependent())));
    }
}
