package heard.security.config;

import java.time.Clock;
import java.util.List;

import heard.audit.AuditTrail;
import heard.security.CouncilOidcUserService;
import heard.security.Role;
import heard.security.persistence.StaffAccountRepository;
import heard.security.secondfactor.SecondFactorPolicy;
import heard.security.secondfactor.SecondFactors;
import heard.security.signin.AbsoluteSessionTimeout;
import heard.security.signin.ConfirmedRecentlyInterceptor;
import heard.security.signin.CouncilSignInAgain;
import heard.security.signin.LocalAccountDetailsService;
import heard.security.signin.PasswordSignIn;
import heard.security.signin.RecentConfirmation;
import heard.security.signin.SignInEntryPoint;
import heard.security.signin.SignInFailureHandler;
import heard.security.signin.SignInSteps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every staff page needs sign-in; the public feedback form, the assets, the health check and
 * the sign-in page itself do not. Who may do what beyond that is declared where it is done
 * (with {@code @PreAuthorize} on each module's controllers and services). A sign-in with a Heard
 * password goes through its steps ({@link SignInSteps}) before it holds any role; a signed-in
 * session ends after a while unused and after a fixed time however busy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration implements WebMvcConfigurer {

    public static final String SIGN_IN = "/sign-in";
    /** The public start page (heard.publicform), where a visitor to {@code /} who is not signed in lands. */
    public static final String PUBLIC_START = "/feedback";

    /** Public paths: no sign-in needed. */
    static final String[] PUBLIC = {"/assets/**", "/favicon.ico", "/favicon.svg", "/feedback", "/feedback/**",
        SIGN_IN, "/actuator/health", "/error"};

    /** Inline script and style are refused: pages load only what Heard serves itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final ObjectProvider<RecentConfirmation> confirmation;
    private final ObjectProvider<AuthorizationEventPublisher> decisions;

    SecurityConfiguration(ObjectProvider<RecentConfirmation> confirmation,
                          ObjectProvider<AuthorizationEventPublisher> decisions) {
        this.confirmation = confirmation;
        this.decisions = decisions;
    }

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
                                    StaffAccountRepository accounts, SecondFactors secondFactors, Clock clock,
                                    AuditTrail audit)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperedCsrfTokens()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler(new RefusalsAreRecorded(audit, clock)))
                .addFilterBefore(new AbsoluteSessionTimeout(properties.session().absoluteTimeout(), Clock.systemUTC()),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new SignInSteps(secondFactors), AuthorizationFilter.class);
        if (properties.localSignIn()) {
            http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                    .failureHandler(new SignInFailureHandler())
                    .defaultSuccessUrl("/", false));
        } else {
            http.formLogin(form -> form.disable());
        }
        ClientRegistrationRepository configured = registrations.getIfAvailable();
        if (configured != null) {
            http.oauth2Login(oidc -> oidc.loginPage(SIGN_IN)
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(CouncilSignInAgain.resolver(configured)))
                    .userInfoEndpoint(u -> u.oidcUserService(new CouncilOidcUserService(accounts, properties.usernameClaim())))
                    .failureHandler(new SignInFailureHandler())
                    .successHandler(CouncilSignInAgain.successHandler(clock)));
        }
        return http.build();
    }

    /** Heard's own accounts sign in with their password through this, the only authentication provider. */
    @Bean
    PasswordSignIn passwordSignIn(StaffAccountRepository accounts, SecondFactorPolicy secondFactor,
                                  PasswordEncoder passwords, Clock clock) {
        return new PasswordSignIn(new LocalAccountDetailsService(accounts, secondFactor, clock), passwords, clock);
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizeBeforeBinding(roleHierarchy(), decisions.getObject())).order(Ordered.HIGHEST_PRECEDENCE);
        registry.addInterceptor(new ConfirmedRecentlyInterceptor(confirmation.getObject()));
    }
}
