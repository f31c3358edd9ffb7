package heard.security.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import heard.security.config.SecurityConfiguration;
import heard.security.config.SecurityProperties;
import heard.security.signin.SignInFailureHandler;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: Heard's own accounts, the council's identity provider, or both. */
@Controller
class SignInController {

    private final SecurityProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInController(SecurityProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.properties = properties;
        this.registrations = registrations;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN)
    String signIn(HttpSession session, Model model) {
        Object errors = session.getAttribute(SignInFailureHandler.ERRORS);
        Object username = session.getAttribute(SignInFailureHandler.USERNAME);
        session.removeAttribute(SignInFailureHandler.ERRORS);
        session.removeAttribute(SignInFailureHandler.USERNAME);
        model.addAttribute("signInErrors", errors == null ? List.of() : errors);
        model.addAttribute("username", username);
        model.addAttribute("localSignIn", properties.localSignIn());
        model.addAttribute("providers", providers());
        return "security/sign-in";
    }

    /** The identity providers configured, each with the link that starts its sign-in. */
    record Provider(String name, String href) {
    }

    private List<Provider> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        List<Provider> providers = new ArrayList<>();
        if (repository instanceof Iterable<?> all) {
            StreamSupport.stream(all.spliterator(), false)
                    .map(ClientRegistration.class::cast)
                    .forEach(r -> providers.add(new Provider(r.getClientName(),
                            "/oauth2/authorization/" + r.getRegistrationId())));
        }
        return providers;
    }
}
