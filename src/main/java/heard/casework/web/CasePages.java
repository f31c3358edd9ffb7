package heard.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.ChildConsent;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.ComplaintForm;
import heard.casework.Ethnicity;
import heard.casework.ProcedureKind;
import heard.casework.RecordType;
import heard.casework.Refusal;
import heard.casework.Sex;
import heard.casework.Stage;
import heard.casework.domain.Move;
import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.RestrictionReason;
import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.web.FormProblems;
import heard.web.NotFoundException;
import heard.web.Notice;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** What the casework pages share: finding the case for the person signed in, refusals on forms, choices. */
@Component
public class CasePages {

    private final Casework casework;
    private final Organisation organisation;
    private final Choices choices;
    private final Clock clock;

    CasePages(Casework casework, Organisation organisation, Choices choices, Clock clock) {
        this.casework = casework;
        this.organisation = organisation;
        this.choices = choices;
        this.clock = clock;
    }

    /** The case as the signed-in person may see it; a case they may not see does not exist for them. */
    CaseView view(String reference) {
        return reference(reference).flatMap(casework::view).orElseThrow(NotFoundException::new);
    }

    /** The case, for a move the person may make on it now; otherwise there is no such page. */
    CaseView view(String reference, Move move) {
        CaseView view = view(reference);
        if (!view.can(move)) {
            throw new NotFoundException();
        }
        return view;
    }

    static Optional<CaseReference> reference(String reference) {
        try {
            return Optional.of(new CaseReference(reference));
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
    }

    /** Puts a refusal on the form; a case that has gone from the person's sight is a missing page. */
    public static void reject(BindingResult result, Refusal refusal) {
        if ("case.notFound".equals(refusal.messageKey())) {
            throw new NotFoundException();
        }
        FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
    }

    /** A move made on the case with this reference, which the case may refuse. */
    @FunctionalInterface
    interface MoveCall {
        void make(CaseReference reference);
    }

    /**
     * The page of a move's form: the case, the form, and the template holding the move's fields
     * ({@code casework/moves/NAME :: fields}) drawn inside the page every move shares.
     */
    String form(CaseView view, Move move, String fields, Object form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("caseForm", form);
        model.addAttribute("slug", CasePageController.slug(move));
        model.addAttribute("move", move.name());
        model.addAttribute("fields", "casework/moves/" + fields);
        boolean authority = move == Move.RESPOND && view.complaint().procedure() == ProcedureKind.STATUTORY
                && view.complaint().currentStage().map(Stage::number).orElse(0) == 3;
        model.addAttribute("titleKey", authority ? "move.RESPOND.authority" : "move." + move.name());
        return "casework/move";
    }

    /**
     * Makes a move from a form the controller has checked: if the form has no errors and the case
     * accepts the move, back to the case page with a notice; otherwise the form again, with the
     * reasons in its error summary and everything typed kept.
     *
     * @param fieldOf names the form field a refusal's field is shown against (the same name, mostly)
     */
    String submit(String reference, Move move, String fields, Object form, BindingResult result, Model model,
                  RedirectAttributes redirect, UnaryOperator<String> fieldOf, MoveCall call) {
        CaseReference ref = reference(reference).orElseThrow(NotFoundException::new);
        if (!result.hasErrors()) {
            try {
                call.make(ref);
                return done(ref, move, redirect);
            } catch (Refusal refusal) {
                reject(result, refusal.field() == null ? refusal
                        : new Refusal(fieldOf.apply(refusal.field()), refusal.messageKey(), refusal.arguments()));
            }
        }
        return form(view(reference), move, fields, form, model);
    }

    /** After a move: back to the case page, saying what was done. */
    static String done(CaseReference reference, Move move, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("done." + move.name(), reference.value()));
        return redirect(reference);
    }

    public static String redirect(CaseReference reference) {
        return "redirect:/cases/" + UriUtils.encodePathSegment(reference.value(), StandardCharsets.UTF_8);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The choices of the complaint details fields: logging a complaint and correcting it. */
    public void detailsChoices(Model model, ComplaintForm form) {
        LocalDate today = today();
        model.addAttribute("channelItems", choices.of("channel.", List.of(Channel.values())));
        model.addAttribute("roleItems", choices.select("form.choose", List.of(ComplainantRole.values()), Enum::name,
                r -> choices.message("complainantRole." + r.name())));
        model.addAttribute("restrictionItems", List.of(
                Choices.item(ComplaintForm.DO_NOT_CONTACT, choices.message("log.complainantRestrictions.doNotContact")),
                Choices.item(ComplaintForm.ADDRESS_RESTRICTED, choices.message("log.complainantRestrictions.addressRestricted"))));
        model.addAttribute("sexItems", choices.of("sex.", List.of(Sex.values())));
        model.addAttribute("ethnicityItems", choices.select("log.childEthnicity.notRecorded",
                Arrays.stream(Ethnicity.Code.values()).sorted(Comparator.comparing(Ethnicity.Code::group)).toList(),
                Enum::name, c -> c.group().label() + ": " + c.label()));
        model.addAttribute("disabledItems", List.of(Choices.item("yes", choices.message("form.yes")),
                Choices.item("no", choices.message("form.no")), Choices.item("unknown", choices.message("log.notKnown"))));
        model.addAttribute("consentItems", choices.of("childConsent.", List.of(ChildConsent.values())));
        model.addAttribute("advocacyItems", choices.of("advocacy.", List.of(Advocacy.values())));
        List<ServiceArea> areas = organisation.serviceAreas().stream()
                .filter(a -> a.openOn(today) || a.id() == nonNull(form.serviceAreaId()))
                .sorted(Comparator.comparing(ServiceArea::name)).toList();
        model.addAttribute("areaItems", choices.select("form.choose", areas, ServiceArea::id, ServiceArea::name));
        List<Team> teams = organisation.teams().stream()
                .filter(t -> t.openOn(today) || t.id() == nonNull(form.teamId()))
                .sorted(Comparator.comparing(Team::serviceAreaName).thenComparing(t -> t.nameOn(today))).toList();
        model.addAttribute("teamItems", choices.select("form.choose", teams, Team::id,
                t -> t.serviceAreaName() + ": " + t.nameOn(today)));
        model.addAttribute("issueItems", organisation.issueCategories().stream()
                .filter(i -> i.active() || form.issueIds().contains(i.id()))
                .sorted(Comparator.comparing(IssueCategory::name))
                .map(i -> Choices.item(String.valueOf(i.id()), i.name())).toList());
    }

    /** The choices of logging: record type, procedure and why a matter is out of scope. */
    public void routingChoices(Model model) {
        model.addAttribute("recordTypeItems", choices.of("recordType.", List.of(RecordType.values())));
        model.addAttribute("procedureItems", choices.of("procedure.", List.of(ProcedureKind.values())));
        model.addAttribute("outOfScopeItems", choices.of("outOfScope.", List.of(OutOfScopeReason.values())));
    }

    /** The reasons a case may be restricted for, on its page and on the log form. */
    public void restrictionChoices(Model model) {
        model.addAttribute("reasonItems", choices.of("restrictionReason.", List.of(RestrictionReason.values())));
    }

    /** What a page about a complaint's details shows for its ids and dates: names, and the child's age when received. */
    public void detailsNames(Model model, ComplaintDetails d) {
        model.addAttribute("age", d.child().ageOn(d.receivedOn()));
        model.addAttribute("area", d.serviceAreaId() == null ? null
                : organisation.serviceArea(d.serviceAreaId()).map(ServiceArea::name).orElse(null));
        model.addAttribute("team", d.teamId() == null ? null
                : organisation.team(d.teamId()).map(t -> t.nameOn(d.receivedOn())).orElse(null));
        model.addAttribute("issues", d.issueIds().stream().map(organisation::issueCategory).flatMap(Optional::stream)
                .map(IssueCategory::name).toList());
    }

    Map<Long, String> teamNames() {
        LocalDate today = today();
        return organisation.teams().stream().collect(Collectors.toMap(Team::id, t -> t.nameOn(today)));
    }

    private static long nonNull(Long id) {
        return id == null ? -1 : id;
    }
}
