package heard.security;

import java.util.Set;

import heard.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    SettingsLink staffAccountsSettings() {
        return new SettingsLink("nav.accounts", "settings.accounts.description", "/settings/accounts", 40,
                Set.of(Role.ADMINISTRATOR.authority()));
    }
}
