package heard.notify.web;

import java.util.Set;

import heard.notify.outbox.Outbox;
import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import heard.notify.templates.Template;
import heard.notify.templates.Templates;
import heard.security.Role;
import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where notify appears on the Settings page: how Heard sends email, and the templates of its letters. */
@Configuration(proxyBeanMethods = false)
class NotifyWeb {

    static final String SETTINGS_ROLES = "hasAnyRole('COMPLAINTS_MANAGER','ADMINISTRATOR')";
    /** Those who write to complainants: complaints officers (and managers, whose role includes it). */
    static final String WRITERS = "hasAnyRole('COMPLAINTS_OFFICER','COMPLAINTS_MANAGER')";

    @Bean
    SettingsLink notificationSettings(NotifySettingsRepository settings, Outbox outbox) {
        return new SettingsLink("notifySettings.title", "notifySettings.description", "/settings/notifications", 62,
                Set.of(Role.COMPLAINTS_MANAGER.authority(), Role.ADMINISTRATOR.authority()), () -> {
                    NotifySettings current = settings.load();
                    return SettingsStatus.completedIf(current.readyToSend(),
                            current.readyToSend() ? "notifySettings.status.ready" : "notifySettings.status.notReady",
                            current.channel().name());
                });
    }

    /** Everyone signed in: what Heard sent them, and their choice of reminders. */
    @Bean
    NavigationItem notificationsNavigation() {
        return new NavigationItem("nav.notifications", "/notifications", 90, Set.of());
    }

    @Bean
    SettingsLink templateSettings(Templates templates) {
        return new SettingsLink("notifyTemplates.title", "notifyTemplates.description", "/settings/templates", 63,
                Set.of(Role.COMPLAINTS_MANAGER.authority(), Role.ADMINISTRATOR.authority()),
                () -> SettingsStatus.optional("notifyTemplates.status",
                        templates.all().stream().filter(Template::customised).count()));
    }
}
