package heard.security;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import heard.HeardApplication;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two instances of Heard on one database, as a council runs it behind a load balancer: a person signed
 * in on the other instance is signed out there at once when an administrator, on this one, disables
 * their account, changes their roles, or ends their sessions (ASVS 7.4.2, 7.4.5, 8.3.2).
 */
// A context of its own, closed after the class so that its database connections do not wait for the end of the suite.
@DirtiesContext
@DatabaseTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsEndOnEveryInstanceWhenAnAccountIsDisabledOrItsRolesChangeTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    AuditTrail audit;
    @Autowired
    Environment environment;

    private ConfigurableApplicationContext otherInstance;
    private int otherPort;

    @BeforeAll
    void startTheOtherInstanceOnTheSameDatabase() {
        // As arguments, which (unlike the builder's default properties) win over application.yml.
        otherInstance = new SpringApplicationBuilder(HeardApplication.class).run(
                "--server.port=0",
                "--heard.jobs.run=false",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""));
        otherPort = Integer.parseInt(otherInstance.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopIt() {
        if (otherInstance != null) {
            otherInstance.close();
        }
    }

    @Test
    void disablingTheAccountHereSignsThePersonOutThere() throws Exception {
        StaffMember rita = aRespondingManager("rita");
        HttpClient browser = signedInOnTheOtherInstance(rita);

        SignedIn.as("ada.admin", () -> accounts.update(rita.id(), version(rita), rita.displayName(), null, rita.roles(),
                null, false));

        HttpResponse<String> next = get(browser, "/account");
        assertThat(next.uri().getPath()).isEqualTo("/sign-in");
        assertThat(next.uri().getQuery()).isEqualTo("timeout");
        assertThat(audit.history(AuditSubject.of("staff-account", rita.id()))).extracting(e -> e.summary())
                .contains("Sessions of " + rita.username() + " ended: account can no longer sign in");
    }

    @Test
    void changingTheirRolesHereSignsThePersonOutThereAndTheyComeBackWithTheNewOnes() throws Exception {
        StaffMember ron = aRespondingManager("ron");
        HttpClient browser = signedInOnTheOtherInstance(ron);
        assertThat(get(browser, "/reports").statusCode()).isEqualTo(403);

        SignedIn.as("ada.admin", () -> accounts.update(ron.id(), version(ron), ron.displayName(), null,
                Set.of(Role.RESPONDING_MANAGER, Role.SENIOR_MANAGER), null, true));

        assertThat(get(browser, "/account").uri().getPath()).isEqualTo("/sign-in");
        HttpClient again = signedInOnTheOtherInstance(ron);
        assertThat(get(again, "/reports").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorEndsAPersonsSessionsHereAndTheyAreSignedOutThere() throws Exception {
        StaffMember sue = aRespondingManager("sue");
        HttpClient browser = signedInOnTheOtherInstance(sue);
        assertThat(accounts.details(sue.id()).orElseThrow().sessions()).isEqualTo(1);

        SignedIn.as("ada.admin", () -> accounts.endSessions(sue.id()));

        assertThat(get(browser, "/account").uri().getPath()).isEqualTo("/sign-in");
        assertThat(accounts.details(sue.id()).orElseThrow().sessions()).isZero();
        assertThat(audit.history(AuditSubject.of("staff-account", sue.id()))).filteredOn(e -> e.action().equals("sessions ended"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("ada.admin"));
    }

    @Test
    void changingSomethingElseLeavesThePersonSignedIn() throws Exception {
        StaffMember sam = aRespondingManager("sam");
        HttpClient browser = signedInOnTheOtherInstance(sam);

        SignedIn.as("ada.admin", () -> accounts.update(sam.id(), version(sam), "Sam Renamed", null, sam.roles(), null, true));

        assertThat(get(browser, "/account").statusCode()).isEqualTo(200);
    }

    private StaffMember aRespondingManager(String name) {
        String username = SecondFactorFixtures.unique(name);
        CreatedAccount created = accounts.create(new NewStaffAccount(username, "Staff " + username, null,
                Set.of(Role.RESPONDING_MANAGER), null, true));
        accounts.changePassword(username, created.oneTimePassword(), PASSWORD);
        return created.member();
    }

    private int version(StaffMember member) {
        return repository.findById(member.id()).orElseThrow().version();
    }

    /** Signs in through the other instance's sign-in page, as a browser would (with its CSRF token). */
    private HttpClient signedInOnTheOtherInstance(StaffMember member) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        String token = Jsoup.parse(get(browser, "/sign-in").body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(member.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token;
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(get(browser, "/account").statusCode()).isEqualTo(200);
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + otherPort + path);
    }
}
