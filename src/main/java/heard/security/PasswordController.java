package heard.security;

import java.util.ArrayList;
import java.util.List;

import heard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person changes their own password; required after signing in with a one-time password. */
@Controller
class PasswordController {

    private final StaffAccounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    @GetMapping(PasswordChangeRequiredFilter.CHANGE_PASSWORD_PATH)
    String form(Authentication authentication, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("required", mustChange(authentication));
        return "security/password";
    }

    @PostMapping(PasswordChangeRequiredFilter.CHANGE_PASSWORD_PATH)
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
            release(authentication, request, response);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("password.changed"));
        return "redirect:/";
    }

    /** Drops the "must change password" mark from the signed-in session, without signing the person in again. */
    private void release(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        authorities.removeIf(a -> LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
        UsernamePasswordAuthenticationToken released = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getName(), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(released);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static boolean mustChange(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> LocalAccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }
}
