package heard.casework.web;

import java.util.Set;

import heard.casework.CaseList;
import heard.casework.Casework;
import heard.casework.CaseworkSettings;
import heard.casework.CaseworkSettingsService;
import heard.security.Role;
import heard.web.NavigationItem;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Where casework appears: the service navigation (Cases) and the Settings page (complaints settings). */
@Configuration(proxyBeanMethods = false)
class CaseworkWeb implements WebMvcConfigurer {

    /** After the page's own role check (security's, first of all). */
    private static final int AFTER_ROLE_CHECK = 10;

    private final Casework casework;

    CaseworkWeb(@Lazy Casework casework) {
        this.casework = casework;
    }


    /** Everyone whose role lets them see some cases (CaseAccess decides which). */
    static final String CASE_ROLES = CaseList.ROLES;

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem("nav.cases", "/cases", 10, Set.of(Role.COMPLAINTS_OFFICER.authority(),
                Role.COMPLAINTS_MANAGER.authority(), Role.RESPONDING_MANAGER.authority(), Role.SENIOR_MANAGER.authority(),
                Role.CHILDRENS_RIGHTS_OFFICER.authority(), Role.INVESTIGATOR.authority()));
    }

    @Bean
    SettingsLink complaintsSettings(CaseworkSettingsService settings) {
        return new SettingsLink("caseworkSettings.title", "caseworkSettings.description", "/settings/complaints", 55,
                Set.of(Role.COMPLAINTS_MANAGER.authority(), Role.ADMINISTRATOR.authority()), () -> {
                    CaseworkSettings current = settings.current();
                    return SettingsStatus.optional("caseworkSettings.status", current.referencePrefix(),
                            current.acknowledgementDays(), current.corporate().steps().size());
                });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MoveGuard(casework)).order(AFTER_ROLE_CHECK);
    }
}
