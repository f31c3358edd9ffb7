package heard.security.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import heard.security.Role;
import heard.security.StaffDirectory;
import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    /** Everyone with a role (not a sign-in still waiting for its second factor) has an account page. */
    @Bean
    NavigationItem accountNavigation() {
        return new NavigationItem("nav.account", AccountController.PATH, 98,
                Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet()));
    }

    /** Staff accounts are set up once a complaint can be allocated: the first administrator can log one, but not answer it. */
    @Bean
    SettingsLink staffAccountsSettings(StaffDirectory staff) {
        return new SettingsLink("nav.accounts", "settings.accounts.description", "/settings/accounts", 40,
                Set.of(Role.ADMINISTRATOR.authority()), () -> {
                    // A complaints manager can do what an officer does (StaffMember.has), but is counted as what the account says.
                    int managers = staff.withRole(Role.COMPLAINTS_MANAGER).size();
                    int officers = staff.withRole(Role.COMPLAINTS_OFFICER).size() - managers;
                    int responders = staff.withRole(Role.RESPONDING_MANAGER).size();
                    return SettingsStatus.completedIf(responders > 0, "settings.accounts.status", managers, officers,
                            responders);
                });
    }
}
