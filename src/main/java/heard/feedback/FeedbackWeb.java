package heard.feedback;

import java.util.Set;

import heard.security.Role;
import heard.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where compliments, comments and member enquiries appear: the service navigation. */
@Configuration(proxyBeanMethods = false)
class FeedbackWeb {

    /** Complaints officers, and complaints managers, who inherit the officer's role. */
    static final String STAFF = "hasRole('COMPLAINTS_OFFICER')";

    @Bean
    NavigationItem feedbackNavigation() {
        // The service navigation compares the roles a person holds, before any role hierarchy: name both.
        return new NavigationItem("nav.feedback", "/compliments", 15,
                Set.of(Role.COMPLAINTS_OFFICER.authority(), Role.COMPLAINTS_MANAGER.authority()));
    }
}
