package heard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts the service navigation, as the signed-in person may see it, the sign-out button (or for the public, the
 * staff sign-in link) and whether the page is for staff in every page's model.
 */
@ControllerAdvice
class LayoutAdvice {

    /** The staff sign-in page (heard.security), which the public pages link to. */
    private static final String SIGN_IN = "/sign-in";

    private final List<NavigationItem> items;
    private final MessageSource messages;

    LayoutAdvice(List<NavigationItem> items, MessageSource messages) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.messages = messages;
    }

    /** In the shape of the GOV.UK service navigation component's {@code navigation} option. */
    @ModelAttribute("serviceNavigation")
    List<Map<String, Object>> serviceNavigation(HttpServletRequest request) {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return List.of();
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return items.stream()
                .filter(i -> i.authorities().isEmpty() || i.authorities().stream().anyMatch(held::contains))
                .map(i -> Map.<String, Object>of(
                        "text", message(i.messageKey()),
                        "href", request.getContextPath() + i.href(),
                        "active", i.activeFor(path)))
                .toList();
    }

    /** The beta banner asks staff to tell their complaints manager about problems: it is not for the public. */
    @ModelAttribute("staffPage")
    boolean staffPage() {
        return signedIn() != null;
    }

    /**
     * The end of the service navigation: for a signed-in person, signing out, a POST (with the CSRF token) so
     * that no link can sign a person out; the slot takes HTML, so the small form is written here. For anyone
     * else (the public pages), a quiet link for staff to sign in.
     */
    @ModelAttribute("navigationEndHtml")
    String navigationEndHtml(HttpServletRequest request) {
        if (signedIn() == null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith(SIGN_IN) ? null : "<li class=\"govuk-service-navigation__item\">"
                    + "<a class=\"govuk-service-navigation__link\" href=\""
                    + HtmlUtils.htmlEscape(request.getContextPath() + SIGN_IN) + "\">"
                    + HtmlUtils.htmlEscape(message("layout.staffSignIn")) + "</a></li>";
        }
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        return "<li class=\"govuk-service-navigation__item heard-sign-out\">"
                + "<form method=\"post\" action=\"" + HtmlUtils.htmlEscape(request.getContextPath() + "/sign-out") + "\">"
                + "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(token.getParameterName()) + "\" value=\""
                + HtmlUtils.htmlEscape(token.getToken()) + "\">"
                + "<button type=\"submit\" class=\"govuk-service-navigation__link heard-sign-out__button\">"
                + HtmlUtils.htmlEscape(message("layout.signOut")) + "</button></form></li>";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal()) ? null : authentication;
    }
}
