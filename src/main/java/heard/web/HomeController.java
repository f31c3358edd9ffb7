package heard.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, and the Settings page that gathers every module's settings. */
@Controller
class HomeController {

    private final List<SettingsLink> settings;
    private final MessageSource messages;

    HomeController(List<SettingsLink> settings, MessageSource messages) {
        this.settings = settings.stream().sorted(Comparator.comparingInt(SettingsLink::order)).toList();
        this.messages = messages;
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
        List<SettingsTask> tasks = visible.stream().map(this::task).toList();
        model.addAttribute("tasks", tasks);
        model.addAttribute("incomplete", tasks.stream().filter(SettingsTask::incomplete).count());
        return "web/settings";
    }

    /** A row of the Settings task list; its status is asked for now, so the page shows the present state. */
    private SettingsTask task(SettingsLink link) {
        SettingsStatus status = link.status().get();
        Locale locale = LocaleContextHolder.getLocale();
        return new SettingsTask(messages.getMessage(link.titleKey(), null, locale),
                messages.getMessage(link.descriptionKey(), null, locale) + " "
                        + messages.getMessage(status.summaryKey(), status.arguments().toArray(), locale),
                link.href(), status.progress());
    }

    record SettingsTask(String title, String hint, String href, SettingsStatus.Progress progress) {

        public boolean incomplete() {
            return progress == SettingsStatus.Progress.INCOMPLETE;
        }
    }
}
