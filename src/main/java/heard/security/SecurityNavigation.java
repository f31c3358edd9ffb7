package heard.security;

import java.util.Set;

import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    /** Staff accounts are set up once a complaint can be allocated: the first administrator can log one, but not answer it. */
    @Bean
    SettingsLink staffAccountsSettings(StaffDirectory staff) {
        return new SettingsLink("nav.accounts", "settings.accounts.description", "/settings/accounts", 40,
                Set.of(Role.ADMINISTRATOR.authority()), () -> {
                    int officers = staff.withRole(Role.COMPLAINTS_OFFICER).size();
                    int responders = staff.withRole(Role.RESPONDING_MANAGER).size();
                    return SettingsStatus.completedIf(responders > 0, "settings.accounts.status", officers, responders);
                });
    }
}
