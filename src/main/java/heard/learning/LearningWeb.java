package heard.learning;

import java.util.Set;

import heard.security.Role;
import heard.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the learning register appears: the service navigation, for those who keep, read or own its actions. */
@Configuration(proxyBeanMethods = false)
class LearningWeb {

    /** Complaints officers (and managers, who inherit the role), senior managers, and the managers actions are given to. */
    static final String READERS = "hasAnyRole('COMPLAINTS_OFFICER', 'SENIOR_MANAGER', 'RESPONDING_MANAGER')";
    static final String OFFICERS = "hasRole('COMPLAINTS_OFFICER')";
    static final String MANAGERS = "hasRole('COMPLAINTS_MANAGER')";

    @Bean
    NavigationItem learningNavigation() {
        // The service navigation compares the roles a person holds, before any role hierarchy: name each.
        return new NavigationItem("nav.learning", "/learning", 27, Set.of(Role.COMPLAINTS_OFFICER.authority(),
                Role.COMPLAINTS_MANAGER.authority(), Role.SENIOR_MANAGER.authority(), Role.RESPONDING_MANAGER.authority()));
    }
}
