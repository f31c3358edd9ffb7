package heard.ombudsman;

import java.util.Set;

import heard.security.Role;
import heard.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the Ombudsman's cases appear: the service navigation. */
@Configuration(proxyBeanMethods = false)
class OmbudsmanWeb {

    /** Complaints officers, and complaints managers, who inherit the officer's role. */
    static final String STAFF = "hasRole('COMPLAINTS_OFFICER')";

    @Bean
    NavigationItem ombudsmanNavigation() {
        // The service navigation compares the roles a person holds, before any role hierarchy: name both.
        return new NavigationItem("nav.ombudsman", "/ombudsman", 25,
                Set.of(Role.COMPLAINTS_OFFICER.authority(), Role.COMPLAINTS_MANAGER.authority()));
    }
}
