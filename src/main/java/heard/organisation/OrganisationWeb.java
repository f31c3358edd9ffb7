package heard.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the organisation's settings appear: the service navigation and the Settings page, with how far each is set up. */
@Configuration(proxyBeanMethods = false)
class OrganisationWeb {

    static final Set<String> SETTINGS_ROLES = Set.of("ROLE_ADMINISTRATOR", "ROLE_COMPLAINTS_MANAGER");

    @Bean
    NavigationItem settingsNavigation() {
        return new NavigationItem("nav.settings", "/settings", 90, SETTINGS_ROLES);
    }

    @Bean
    SettingsLink councilSettings(Organisation organisation) {
        return new SettingsLink("council.title", "settings.council.description", "/settings/council", 10, SETTINGS_ROLES,
                () -> {
                    Council council = organisation.council();
                    if (council.version() == 0) { // never saved: the name is heard.council-name's
                        return SettingsStatus.incomplete("settings.council.status.notSet", council.name());
                    }
                    return council.hasContactDetails()
                            ? SettingsStatus.completed("settings.council.status.done", council.name())
                            : SettingsStatus.incomplete("settings.council.status.noContact", council.name());
                });
    }

    @Bean
    SettingsLink serviceAreaSettings(Organisation organisation, Clock clock) {
        return new SettingsLink("serviceArea.title", "settings.serviceAreas.description", "/settings/service-areas", 20,
                SETTINGS_ROLES, () -> {
                    LocalDate today = LocalDate.now(clock);
                    long areas = organisation.serviceAreas().stream().filter(a -> a.openOn(today)).count();
                    long teams = organisation.teams().stream().filter(t -> t.openOn(today)).count();
                    return SettingsStatus.completedIf(areas > 0 && teams > 0, "settings.serviceAreas.status", areas, teams);
                });
    }

    @Bean
    SettingsLink issueCategorySettings(Organisation organisation) {
        return new SettingsLink("issueCategory.title", "settings.issueCategories.description", "/settings/issue-categories",
                30, SETTINGS_ROLES, () -> {
                    long inUse = organisation.issueCategories().stream().filter(IssueCategory::active).count();
                    return SettingsStatus.completedIf(inUse > 0, "settings.issueCategories.status", inUse);
                });
    }
}
