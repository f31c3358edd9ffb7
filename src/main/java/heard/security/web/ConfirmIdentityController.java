package heard.security.web;

import java.util.HashSet;
import java.util.Set;

import heard.security.ConfirmedRecently;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import heard.security.secondfactor.SecondFactors;
import heard.security.signin.CouncilSignInAgain;
import heard.security.signin.Factors;
import heard.security.signin.RecentConfirmation;
import heard.security.signin.SignInAttempts;
import heard.security.signin.SignedInSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Confirm it is you": a signed-in person gives their password again, and their second factor's code
 * where they have one, before a {@link ConfirmedRecently} route; then goes on to it. A person signed
 * in with their council account signs in again at the council's identity provider instead, which is
 * asked to make them sign in afresh ({@link CouncilSignInAgain}).
 */
@Controller
public class ConfirmIdentityController {

    public static final String PATH = "/account/confirm";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecondFactors secondFactors;
    private final SignInAttempts attempts;
    private final SignedInSession session;
    private final RecentConfirmation confirmation;

    ConfirmIdentityController(StaffAccountRepository accounts, PasswordEncoder passwords, SecondFactors secondFactors,
                              SignInAttempts attempts, SignedInSession session, RecentConfirmation confirmation) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.session = session;
        this.confirmation = confirmation;
    }

    record ConfirmForm(String password, String code) {
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "continue", required = false) String next, Authentication authentication,
                Model model) {
        model.addAttribute("form", new ConfirmForm("", ""));
        return page(authentication, next, model);
    }

    @PostMapping(PATH)
    String confirm(@RequestParam(name = "continue", required = false) String next,
                   @ModelAttribute("form") ConfirmForm form, BindingResult result, Authentication authentication,
                   Model model, HttpServletRequest request, HttpServletResponse response) {
        if (authentication instanceof OAuth2AuthenticationToken) {
            return page(authentication, next, model);
        }
        String username = authentication.getName();
        boolean hasSecondFactor = secondFactors.isSetUp(username);
        if (form.password() == null || form.password().isEmpty()) {
            result.rejectValue("password", "confirm.password.blank");
        }
        if (hasSecondFactor && (form.code() == null || form.code().isBlank())) {
            result.rejectValue("code", "secondFactor.code.blank");
        }
        if (result.hasErrors()) {
            return page(authentication, next, model);
        }
        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        if (attempts.locked(username)) {
            return SecondFactorController.signOutLocked(request);
        }
        if (account.passwordHash() == null || !passwords.matches(form.password(), account.passwordHash())) {
            if (attempts.refused(username, "password to confirm")) {
                return SecondFactorController.signOutLocked(request);
            }
            result.rejectValue("password", "confirm.password.wrong");
            return page(authentication, next, model);
        }
        Set<String> given = new HashSet<>(Set.of(Factors.PASSWORD));
        if (hasSecondFactor) {
            SecondFactors.Check check = secondFactors.checkCode(username, form.code());
            if (check.outcome() == SecondFactors.Outcome.LOCKED) {
                return SecondFactorController.signOutLocked(request);
            }
            if (!check.accepted()) {
                result.rejectValue("code", "secondFactor.code.wrong");
                return page(authentication, next, model);
            }
            given.add(Factors.TOTP);
        }
        session.factorsGivenAgain(authentication, given, request, response);
        return "redirect:" + safe(next);
    }

    /** A council account signs in again at the identity provider, which is asked to make them sign in afresh. */
    @GetMapping(PATH + "/council")
    String councilSignInAgain(@RequestParam(name = "continue", required = false) String next,
                              Authentication authentication, HttpSession httpSession) {
        if (!(authentication instanceof OAuth2AuthenticationToken token)) {
            return "redirect:" + PATH;
        }
        CouncilSignInAgain.requestFor(httpSession, safe(next));
        return "redirect:/oauth2/authorization/" + token.getAuthorizedClientRegistrationId();
    }

    private String page(Authentication authentication, String next, Model model) {
        model.addAttribute("continueTo", safe(next));
        model.addAttribute("council", authentication instanceof OAuth2AuthenticationToken);
        model.addAttribute("hasSecondFactor", !(authentication instanceof OAuth2AuthenticationToken)
                && secondFactors.isSetUp(authentication.getName()));
        model.addAttribute("minutes", confirmation.within().toMinutes());
        return "security/confirm";
    }

    /** Only a path within Heard: never another site (an open redirect). */
    public static String safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
