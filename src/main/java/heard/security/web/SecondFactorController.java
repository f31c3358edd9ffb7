package heard.security.web;

import java.util.List;

import heard.security.AccountProblem;
import heard.security.ConfirmedRecently;
import heard.security.accounts.StaffAccount;
import heard.security.config.SecurityConfiguration;
import heard.security.persistence.StaffAccountRepository;
import heard.security.secondfactor.SecondFactors;
import heard.security.secondfactor.Totp;
import heard.security.signin.Factors;
import heard.security.signin.RecentConfirmation;
import heard.security.signin.Sessions;
import heard.security.signin.SignInAttempts;
import heard.security.signin.SignInFailureHandler;
import heard.security.signin.SignInSteps;
import heard.security.signin.SignedInSession;
import heard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor's pages: the code (or a recovery code) that completes a sign-in, setting up an
 * authenticator app (required for some people at their next sign-in, chosen by others), the recovery
 * codes shown once, and replacing them or turning the second factor off from the person's account page.
 */
@Controller
class SecondFactorController {

    static final String RECOVERY_CODES_PAGE = "/account/second-factor/recovery-codes";
    private static final String SETUP_SECRET = SecondFactorController.class.getName() + ".secret";
    private static final String NEW_CODES = "recoveryCodes";
    private static final String CONFIRM_FIRST = "redirect:" + ConfirmIdentityController.PATH + "?continue="
            + SignInSteps.SET_UP_SECOND_FACTOR;

    private final SecondFactors secondFactors;
    private final StaffAccountRepository accounts;
    private final SignInAttempts attempts;
    private final SignedInSession session;
    private final Sessions sessions;
    private final RecentConfirmation confirmation;
    private final MessageSource messages;

    SecondFactorController(SecondFactors secondFactors, StaffAccountRepository accounts, SignInAttempts attempts,
                           SignedInSession session, Sessions sessions, RecentConfirmation confirmation,
                           MessageSource messages) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.attempts = attempts;
        this.session = session;
        this.sessions = sessions;
        this.confirmation = confirmation;
        this.messages = messages;
    }

    record CodeForm(String code) {
    }

    @GetMapping(SignInSteps.CODE)
    String codeForm(Model model) {
        model.addAttribute("form", new CodeForm(""));
        return Way.APP.page;
    }

    @PostMapping(SignInSteps.CODE)
    String code(@ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return give(Way.APP, form, result, authentication, request, response, redirect);
    }

    @GetMapping(SignInSteps.RECOVERY_CODE)
    String recoveryCodeForm(Model model) {
        model.addAttribute("form", new CodeForm(""));
        return Way.RECOVERY_CODE.page;
    }

    @PostMapping(SignInSteps.RECOVERY_CODE)
    String recoveryCode(@ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return give(Way.RECOVERY_CODE, form, result, authentication, request, response, redirect);
    }

    /** The two ways to give the second factor at sign-in: a code from the app, or a recovery code. */
    private enum Way {
        APP("security/sign-in-code", "secondFactor.code", "with a code from an authenticator app"),
        RECOVERY_CODE("security/sign-in-recovery-code", "secondFactor.recoveryCode", "with a recovery code");

        final String page;
        final String messages;
        final String how;

        Way(String page, String messages, String how) {
            this.page = page;
            this.messages = messages;
            this.how = how;
        }
    }

    /** Completes a sign-in with the code given, or says why not; too many wrong codes sign the person out. */
    private String give(Way way, CodeForm form, BindingResult result, Authentication authentication,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!pending(authentication)) {
            return "redirect:/";
        }
        if (form.code() == null || form.code().isBlank()) {
            result.rejectValue("code", way.messages + ".blank");
            return way.page;
        }
        String username = authentication.getName();
        SecondFactors.Check check = way == Way.APP ? secondFactors.checkCode(username, form.code())
                : secondFactors.checkRecoveryCode(username, form.code());
        if (check.outcome() == SecondFactors.Outcome.LOCKED) {
            return signOutLocked(request);
        }
        if (!check.accepted()) {
            result.rejectValue("code", way.messages + ".wrong");
            return way.page;
        }
        StaffAccount account = accounts.findByUsername(username).orElseThrow();
        session.secondFactorGiven(authentication, account, request, response);
        attempts.completed(account.username(), way.how);
        if (way == Way.RECOVERY_CODE) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("secondFactor.recoveryCode.used", check.recoveryCodesLeft()));
        }
        return "redirect:/";
    }

    @GetMapping(SignInSteps.SET_UP_SECOND_FACTOR)
    String setUpForm(Authentication authentication, HttpSession httpSession, Model model) {
        if (authentication instanceof OAuth2AuthenticationToken) {
            return "redirect:/account";
        }
        if (needsConfirming(authentication)) {
            return CONFIRM_FIRST;
        }
        model.addAttribute("form", new CodeForm(""));
        return setUpPage(authentication, httpSession, model);
    }

    @PostMapping(SignInSteps.SET_UP_SECOND_FACTOR)
    String setUp(@ModelAttribute("form") CodeForm form, BindingResult result, Authentication authentication,
                 HttpSession httpSession, Model model, HttpServletRequest request, HttpServletResponse response,
                 RedirectAttributes redirect) {
        if (authentication instanceof OAuth2AuthenticationToken) {
            return "redirect:/account";
        }
        if (needsConfirming(authentication)) {
            return CONFIRM_FIRST;
        }
        String secret = (String) httpSession.getAttribute(SETUP_SECRET);
        if (form.code() == null || form.code().isBlank()) {
            result.rejectValue("code", "secondFactor.code.blank");
        } else if (secret == null) {
            // No key was shown in this session (it ended, or the form came from elsewhere): the code cannot be its.
            result.rejectValue("code", "secondFactor.code.wrong");
        } else {
            try {
                List<String> codes = secondFactors.setUp(authentication.getName(), secret, form.code());
                httpSession.removeAttribute(SETUP_SECRET);
                StaffAccount account = accounts.findByUsername(authentication.getName()).orElseThrow();
                session.secondFactorGiven(authentication, account, request, response);
                if (pending(authentication)) {
                    attempts.completed(account.username(), "after setting up an authenticator app");
                } else {
                    sessions.endAllBut(account.username(), request.getSession().getId());
                }
                redirect.addFlashAttribute(NEW_CODES, codes);
                return "redirect:" + RECOVERY_CODES_PAGE;
            } catch (AccountProblem problem) {
                AccountsController.reject(result, problem);
            }
        }
        return setUpPage(authentication, httpSession, model);
    }

    /**
     * Setting up a second factor at sign-in follows the password just given; changing one later
     * (a new phone) needs the person to confirm who they are first, as any change to how they sign in does.
     */
    private boolean needsConfirming(Authentication authentication) {
        return !pending(authentication) && !confirmation.holds(authentication);
    }

    /** The new secret stays the same while the person sets it up, however often the page is shown. */
    private String setUpPage(Authentication authentication, HttpSession httpSession, Model model) {
        String secret = (String) httpSession.getAttribute(SETUP_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            httpSession.setAttribute(SETUP_SECRET, secret);
        }
        model.addAttribute("secret", secondFactors.describe(secret, authentication.getName(),
                messages.getMessage("secondFactor.setUp.qrCode", null, LocaleContextHolder.getLocale())));
        model.addAttribute("required", pending(authentication));
        return "security/second-factor-set-up";
    }

    /** The recovery codes, once: straight after they were made. */
    @GetMapping(RECOVERY_CODES_PAGE)
    String recoveryCodes(Model model) {
        if (!model.containsAttribute(NEW_CODES)) {
            return "redirect:/account";
        }
        return "security/recovery-codes";
    }

    @PostMapping(RECOVERY_CODES_PAGE)
    @ConfirmedRecently(returnTo = AccountController.PATH)
    String replaceRecoveryCodes(Authentication authentication, RedirectAttributes redirect) {
        // The account page offers this only to someone with a second factor.
        if (!secondFactors.isSetUp(authentication.getName())) {
            return "redirect:" + AccountController.PATH;
        }
        redirect.addFlashAttribute(NEW_CODES, secondFactors.replaceRecoveryCodes(authentication.getName()));
        return "redirect:" + RECOVERY_CODES_PAGE;
    }

    @PostMapping("/account/second-factor/turn-off")
    @ConfirmedRecently(returnTo = AccountController.PATH)
    String turnOff(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        // The account page offers this only to someone not required to have a second factor; it says why to others.
        if (!secondFactors.requiredFor(authentication.getName())) {
            secondFactors.turnOff(authentication.getName());
            sessions.endAllBut(authentication.getName(), request.getSession().getId());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("secondFactor.turnedOff"));
        }
        return "redirect:" + AccountController.PATH;
    }

    private static boolean pending(Authentication authentication) {
        return Factors.holds(authentication, Factors.SECOND_FACTOR_PENDING);
    }

    /** Too many wrong codes: the account is locked for a while, and this half-made sign-in ends. */
    static String signOutLocked(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(SignInFailureHandler.ERRORS,
                List.of(new SignInFailureHandler.SignInError(null, "signIn.locked")));
        return "redirect:" + SecurityConfiguration.SIGN_IN + "?error";
    }
}
