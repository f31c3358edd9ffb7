package heard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, and the Settings page that gathers every module's settings. */
@Controller
class HomeController {

    private final List<SettingsLink> settings;

    HomeController(List<SettingsLink> settings) {
        this.settings = settings.stream().sorted(Comparator.comparingInt(SettingsLink::order)).toList();
    }

    /** The home page lists the parts of Heard the person's roles open (the service navigation's items). */
    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("name", authentication.getName());
        return "web/home";
    }

    @GetMapping("/settings")
    String settings(Authentication authentication, Model model) {
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<SettingsLink> visible = settings.stream()
                .filter(s -> s.authorities().stream().anyMatch(held::contains)).toList();
        if (visible.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("No settings for this person");
        }
        model.addAttribute("sections", visible);
        return "web/settings";
    }
}
