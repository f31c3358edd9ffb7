package heard.security.web;

import heard.security.ConfirmedRecently;
import heard.security.secondfactor.SecondFactors;
import heard.security.signin.Sessions;
import heard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: how they sign in, their second factor, and the other places they are signed in. */
@Controller
class AccountController {

    static final String PATH = "/account";

    private final SecondFactors secondFactors;
    private final Sessions sessions;

    AccountController(SecondFactors secondFactors, Sessions sessions) {
        this.secondFactors = secondFactors;
        this.sessions = sessions;
    }

    @GetMapping(PATH)
    String account(Authentication authentication, Model model) {
        String username = authentication.getName();
        boolean council = authentication instanceof OAuth2AuthenticationToken;
        model.addAttribute("username", username);
        model.addAttribute("council", council);
        model.addAttribute("secondFactorSetUpAt", council ? null : secondFactors.setUpAt(username).orElse(null));
        model.addAttribute("secondFactorRequired", !council && secondFactors.requiredFor(username));
        model.addAttribute("recoveryCodesLeft", council ? 0 : secondFactors.recoveryCodesLeft(username));
        model.addAttribute("otherSessions", Math.max(0, sessions.count(username) - 1));
        return "security/account";
    }

    /** Signs the person out everywhere else (ASVS 7.5.2), having confirmed who they are. */
    @PostMapping(PATH + "/sessions/end-others")
    @ConfirmedRecently(returnTo = PATH)
    String endOtherSessions(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endAllBut(authentication.getName(), request.getSession().getId());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("account.sessions.ended", ended));
        return "redirect:" + PATH;
    }
}
