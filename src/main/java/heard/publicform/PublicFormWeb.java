package heard.publicform;

import java.util.Set;

import heard.security.Role;
import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the public form appears to staff: the inbox in the service navigation, and its words in Settings. */
@Configuration(proxyBeanMethods = false)
class PublicFormWeb {

    @Bean
    NavigationItem fromThePublicNavigation() {
        return new NavigationItem("nav.fromThePublic", InboxController.PATH, 15,
                Set.of(Role.COMPLAINTS_OFFICER.authority(), Role.COMPLAINTS_MANAGER.authority()));
    }

    @Bean
    SettingsLink publicFormSettings(FormSettings settings) {
        return new SettingsLink("publicformSettings.title", "publicformSettings.description",
                FormSettingsController.PATH, 70,
                Set.of(Role.COMPLAINTS_MANAGER.authority(), Role.ADMINISTRATOR.authority()), () -> {
                    // A child who complains must be offered an advocate: the form needs the service's contact.
                    boolean advocacy = settings.advocacy().contact() != null;
                    return advocacy ? SettingsStatus.completed("publicformSettings.status", settings.wording().size())
                            : SettingsStatus.incomplete("publicformSettings.status.noAdvocacy", settings.wording().size());
                });
    }
}
