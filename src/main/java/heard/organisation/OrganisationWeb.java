package heard.organisation;

import java.util.Set;

import heard.web.NavigationItem;
import heard.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the organisation's settings appear: the service navigation and the Settings page. */
@Configuration(proxyBeanMethods = false)
class OrganisationWeb {

    static final Set<String> SETTINGS_ROLES = Set.of("ROLE_ADMINISTRATOR", "ROLE_COMPLAINTS_MANAGER");

    @Bean
    NavigationItem settingsNavigation() {
        return new NavigationItem("nav.settings", "/settings", 90, SETTINGS_ROLES);
    }

    @Bean
    SettingsLink councilSettings() {
        return new SettingsLink("council.title", "settings.council.description", "/settings/council", 10, SETTINGS_ROLES);
    }

    @Bean
    SettingsLink serviceAreaSettings() {
        return new SettingsLink("serviceArea.title", "settings.serviceAreas.description", "/settings/service-areas", 20,
                SETTINGS_ROLES);
    }

    @Bean
    SettingsLink issueCategorySettings() {
        return new SettingsLink("issueCategory.title", "settings.issueCategories.description", "/settings/issue-categories",
                30, SETTINGS_ROLES);
    }
}
