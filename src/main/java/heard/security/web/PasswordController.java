package heard.security.web;

import heard.security.AccountProblem;
import heard.security.StaffAccounts;
import heard.security.signin.Factors;
import heard.security.signin.LocalAccountDetailsService;
import heard.security.signin.Sessions;
import heard.security.signin.SignInSteps;
import heard.security.signin.SignedInSession;
import heard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changes their own password; required after signing in with a one-time password. Their
 * other sessions end (ASVS 7.4.3): whoever knew the old password is signed out everywhere.
 */
@Controller
class PasswordController {

    private final StaffAccounts accounts;
    private final SignedInSession session;
    private final Sessions sessions;

    PasswordController(StaffAccounts accounts, SignedInSession session, Sessions sessions) {
        this.accounts = accounts;
        this.session = session;
        this.sessions = sessions;
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    @GetMapping(SignInSteps.CHANGE_PASSWORD)
    String form(Authentication authentication, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("required", mustChange(authentication));
        return "security/password";
    }

    @PostMapping(SignInSteps.CHANGE_PASSWORD)
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication authentication,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.newPassword() != null && !form.newPassword().isEmpty()
                && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm.different");
        } else {
            try {
                accounts.changePassword(authentication.getName(), form.currentPassword(), form.newPassword());
            } catch (AccountProblem problem) {
                AccountsController.reject(result, problem);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("required", mustChange(authentication));
            return "security/password";
        }
        if (mustChange(authentication)) {
            session.drop(authentication, LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED, request, response);
        }
        sessions.endAllBut(authentication.getName(), request.getSession().getId());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("password.changed"));
        return "redirect:/";
    }

    private static boolean mustChange(Authentication authentication) {
        return Factors.holds(authentication, LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED);
    }
}
