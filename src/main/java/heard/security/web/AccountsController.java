package heard.security.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import heard.organisation.Organisation;
import heard.organisation.Team;
import heard.security.AccountDetails;
import heard.security.AccountProblem;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.security.secondfactor.SecondFactors;
import heard.web.Choices;
import heard.web.NotFoundException;
import heard.web.Notice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for staff accounts: list, add, change, issue a new one-time password. */
@Controller
@RequestMapping("/settings/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountsController {

    static final String ONE_TIME_PASSWORD = "oneTimePassword";

    private final StaffAccounts accounts;
    private final SecondFactors secondFactors;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    AccountsController(StaffAccounts accounts, SecondFactors secondFactors, Organisation organisation,
                       MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    record NewAccountForm(
            @NotBlank(message = "{account.username.blank}") @Size(max = 200, message = "{account.username.tooLong}") String username,
            @NotBlank(message = "{account.displayName.blank}") String displayName,
            @Email(message = "{account.email.invalid}") String email,
            Set<Role> roles,
            Long teamId,
            String signIn) {

        static NewAccountForm empty() {
            return new NewAccountForm("", "", "", Set.of(), null, "local");
        }
    }

    record AccountForm(
            @NotBlank(message = "{account.displayName.blank}") String displayName,
            @Email(message = "{account.email.invalid}") String email,
            Set<Role> roles,
            Long teamId,
            Boolean active,
            int version) {
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("roleItems")
    List<Map<String, Object>> roleItems() {
        return Arrays.stream(Role.values()).map(r -> Map.<String, Object>of("value", r.name(),
                "text", message(r.messageKey()), "hint", Map.of("text", message(r.messageKey() + ".hint")))).toList();
    }

    @ModelAttribute("teamItems")
    List<Map<String, Object>> teamItems() {
        LocalDate today = LocalDate.now(clock);
        return Choices.selectItems(message("account.team.none"), organisation.teams().stream()
                .filter(t -> t.openOn(today)).toList(), Team::id, t -> t.serviceAreaName() + ": " + t.nameOn(today));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> teamNames = organisation.teams().stream()
                .collect(Collectors.toMap(Team::id, t -> t.serviceAreaName() + ": " + t.nameOn(today)));
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("teamNames", teamNames);
        return "security/accounts";
    }

    @GetMapping("/new")
    String add(Model model) {
        model.addAttribute("form", NewAccountForm.empty());
        return "security/account-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, RedirectAttributes redirect) {
        requireRoles(form.roles(), result);
        if (result.hasErrors()) {
            return "security/account-new";
        }
        try {
            CreatedAccount created = accounts.create(new NewStaffAccount(form.username(), form.displayName(), form.email(),
                    roles(form.roles()), form.teamId(), !"oidc".equals(form.signIn())));
            redirect.addFlashAttribute(ONE_TIME_PASSWORD, created.oneTimePassword());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("account.created", created.member().displayName()));
            return "redirect:/settings/accounts/" + created.member().id();
        } catch (AccountProblem problem) {
            reject(result, problem);
            return "security/account-new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountDetails details = accounts.details(id).orElseThrow(NotFoundException::new);
        StaffMember m = details.member();
        model.addAttribute("details", details);
        model.addAttribute("form", new AccountForm(m.displayName(), m.email(), m.roles(), m.teamId(), m.active(),
                details.version()));
        return "security/account-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        requireRoles(form.roles(), result);
        if (!result.hasErrors()) {
            try {
                StaffMember member = accounts.update(id, form.version(), form.displayName(), form.email(),
                        roles(form.roles()), form.teamId(), Boolean.TRUE.equals(form.active()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("account.updated", member.displayName()));
                return "redirect:/settings/accounts";
            } catch (AccountProblem problem) {
                reject(result, problem);
            }
        }
        model.addAttribute("details", accounts.details(id).orElseThrow(NotFoundException::new));
        return "security/account-edit";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        accounts.details(id).orElseThrow(NotFoundException::new);
        redirect.addFlashAttribute(ONE_TIME_PASSWORD, accounts.resetPassword(id));
        return "redirect:/settings/accounts/" + id;
    }

    /** The person's phone is lost, say: they set up a new second factor at their next sign-in. */
    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        AccountDetails details = accounts.details(id).orElseThrow(NotFoundException::new);
        secondFactors.reset(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("account.secondFactor.reset", details.member().displayName()));
        return "redirect:/settings/accounts/" + id;
    }

    @PostMapping("/{id}/end-sessions")
    String endSessions(@PathVariable long id, RedirectAttributes redirect) {
        AccountDetails details = accounts.details(id).orElseThrow(NotFoundException::new);
        accounts.endSessions(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("account.sessions.endedByAdministrator",
                details.member().displayName()));
        return "redirect:/settings/accounts/" + id;
    }

    private static void requireRoles(Set<Role> roles, BindingResult result) {
        if (roles == null || roles.isEmpty()) {
            result.rejectValue("roles", "account.roles.none");
        }
    }

    private static Set<Role> roles(Set<Role> chosen) {
        return chosen == null || chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
    }

    static void reject(BindingResult result, AccountProblem problem) {
        if (problem.field() == null) {
            result.reject(problem.messageKey());
        } else {
            result.rejectValue(problem.field(), problem.messageKey());
        }
    }
}
