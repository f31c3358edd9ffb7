package heard.reporting;

import java.util.Set;

import heard.security.Role;
import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where reporting appears: the service navigation and the Settings page. */
@Configuration(proxyBeanMethods = false)
class ReportingWeb {

    /** Who reads reports, the dashboard and the records behind figures. */
    static final String READERS = "hasAnyRole('COMPLAINTS_OFFICER', 'COMPLAINTS_MANAGER', 'SENIOR_MANAGER')";

    /** Who writes a report's words and changes reporting's settings. */
    static final String MANAGERS = "hasRole('COMPLAINTS_MANAGER')";

    private static final Set<String> READER_AUTHORITIES = Set.of(Role.COMPLAINTS_OFFICER.authority(),
            Role.COMPLAINTS_MANAGER.authority(), Role.SENIOR_MANAGER.authority());

    @Bean
    NavigationItem dashboardNavigation() {
        return new NavigationItem("nav.dashboard", "/dashboard", 5, READER_AUTHORITIES);
    }

    @Bean
    NavigationItem reportsNavigation() {
        return new NavigationItem("nav.reports", "/reports", 20, READER_AUTHORITIES);
    }

    @Bean
    SettingsLink reportingSettingsLink(ReportingSettings settings) {
        return new SettingsLink("settings.reporting.title", "settings.reporting.description", "/settings/reporting", 60,
                Set.of(Role.COMPLAINTS_MANAGER.authority()), () -> {
                    ReportingSettings.Values current = settings.current();
                    return SettingsStatus.optional("settings.reporting.status", current.onTimeTargetPercent(),
                            current.suppressSmallNumbers() ? 1 : 0);
                });
    }

    @Bean
    SettingsLink historicalTotalsLink(HistoricalYears history) {
        return new SettingsLink("historical.title", "historical.description", "/settings/reporting/history", 61,
                Set.of(Role.COMPLAINTS_MANAGER.authority()),
                () -> SettingsStatus.optional("historical.status", history.all().size()));
    }
}
