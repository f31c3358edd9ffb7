package heard.interchange.web;

import java.util.Set;

import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the case log's pages appear: Import and export in the service navigation, for complaints
 * managers (it changes records in bulk), and Sample data in Settings, for administrators.
 */
@Configuration(proxyBeanMethods = false)
class InterchangeWeb {

    @Bean
    NavigationItem caseLogNavigation() {
        return new NavigationItem("caselog.nav", "/case-log", 80, Set.of("ROLE_COMPLAINTS_MANAGER"));
    }

    @Bean
    SettingsLink sampleDataSettings() {
        return new SettingsLink("caselog.sample.title", "caselog.sample.description", "/settings/sample-data", 90,
                Set.of("ROLE_ADMINISTRATOR"), () -> SettingsStatus.optional("caselog.sample.status"));
    }
}
