package heard.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Every staff page needs sign-in; the public feedback form, the assets, the health check and
 * the sign-in page itself do not. Who may do what beyond that is declared where it is done
 * (with {@code @PreAuthorize} on each module's controllers and services).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    /** Public paths: no sign-in needed. */
    static final String[] PUBLIC = {"/assets/**", "/favicon.ico", "/favicon.svg", "/feedback", "/feedback/**",
        SIGN_IN, "/actuator/health", "/error"};

    /** Inline script and style are refused: pages load only what Heard serves itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Lets %2F through, as Tomcat does (WebConfiguration): records' addresses hold references with slashes.
     * Tomcat leaves it undecoded in the servlet path, so that path holds a % the firewall must also allow.
     */
    @Bean
    WebSecurityCustomizer firewallForReferencesWithSlashes() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }

    /** Only for the web application: a sub-command of the jar runs without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain webSecurity(HttpSecurity http, SecurityProperties properties,
                                    ObjectProvider<ClientRegistrationRepository> registrations,
                                    StaffAccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        if (properties.localSignIn()) {
            http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                    .failureHandler(new SignInFailureHandler())
                    .defaultSuccessUrl("/", false));
        } else {
            http.formLogin(form -> form.disable())
                    .exceptionHandling(e -> e.authenticationEntryPoint(
                            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(SIGN_IN)));
        }
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(SIGN_IN)
                    .userInfoEndpoint(u -> u.oidcUserService(new CouncilOidcUserService(accounts, properties.usernameClaim())))
                    .failureHandler(new SignInFailureHandler())
                    .defaultSuccessUrl("/", false));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(String.join("\n", List.of(
                Role.COMPLAINTS_MANAGER.authority() + " > " + Role.COMPLAINTS_OFFICER.authority())));
    }
}
