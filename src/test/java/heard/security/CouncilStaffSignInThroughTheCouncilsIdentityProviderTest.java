package heard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.security.signin.SignInAgainBeforeExportingTheCaseLogTest;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a council's OpenID Connect provider (Entra ID and the like), against a local
 * provider: a person with a Heard account is signed in with their Heard roles; anyone else is refused.
 */
@DatabaseTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilStaffSignInThroughTheCouncilsIdentityProviderTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String prefix = "spring.security.oauth2.client.";
        properties.add(prefix + "registration.council.client-id", () -> "heard");
        properties.add(prefix + "registration.council.client-secret", () -> "secret");
        properties.add(prefix + "registration.council.client-name", () -> "your council account");
        properties.add(prefix + "registration.council.scope", () -> "openid,profile,email");
        properties.add(prefix + "provider.council.issuer-uri", () -> PROVIDER.issuerUrl("council").toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void aPersonWithAHeardAccountIsSignedInWithTheirHeardRoles() throws Exception {
        accounts.create(new NewStaffAccount("sam.senior@council.example", "Sam Senior", "sam.senior@council.example",
                Set.of(Role.SENIOR_MANAGER, Role.ADMINISTRATOR), null, false));
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("council", "sam-entra-id", "JWT", List.of("heard"),
                Map.of("email", "Sam.Senior@council.example", "name", "Sam Senior"), 3600));

        HttpClient browser = browser();
        HttpResponse<String> home = browser.send(get("/oauth2/authorization/council"), HttpResponse.BodyHandlers.ofString());

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Signed in as sam.senior@council.example");
        HttpResponse<String> settings = browser.send(get("/settings/accounts"), HttpResponse.BodyHandlers.ofString());
        assertThat(settings.statusCode()).isEqualTo(200);
        // An administrator, but the council's provider gives the second factor: Heard asks for none of its own.
        HttpResponse<String> account = browser.send(get("/account/second-factor/set-up"), HttpResponse.BodyHandlers.ofString());
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(account.body()).contains("Given to your council&#39;s identity provider");
    }

    @Test
    void beforeTheCaseLogExportAPersonSignsInAgainAtTheProviderWhichIsAskedNotToRememberThem() throws Exception {
        accounts.create(new NewStaffAccount("carla.manager@council.example", "Carla Manager", "carla.manager@council.example",
                Set.of(Role.COMPLAINTS_MANAGER), null, false));
        CookieManager cookies = new CookieManager();
        HttpClient browser = browser(cookies, HttpClient.Redirect.ALWAYS);
        signInAtTheProvider("carla.manager@council.example");
        assertThat(browser.send(get("/oauth2/authorization/council"), HttpResponse.BodyHandlers.ofString()).uri().getPath())
                .isEqualTo("/");
        assertThat(browser.send(get("/case-log/export"), HttpResponse.BodyHandlers.ofString()).uri().getPath())
                .as("just signed in").isEqualTo("/case-log/export");

        clock.advance(SignInAgainBeforeExportingTheCaseLogTest.LONGER_THAN_ALLOWED);
        HttpResponse<String> confirm = browser.send(get("/case-log/export"), HttpResponse.BodyHandlers.ofString());
        assertThat(confirm.uri().getPath()).isEqualTo("/account/confirm");
        assertThat(confirm.body()).contains("Sign in again with your council account").doesNotContain("name=\"password\"");

        HttpClient stepByStep = browser(cookies, HttpClient.Redirect.NEVER);
        String start = stepByStep.send(get("/account/confirm/council?continue=/case-log/export"), HttpResponse.BodyHandlers
                .discarding()).headers().firstValue("Location").orElseThrow();
        String atProvider = stepByStep.send(get(URI.create(start).getPath()), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location").orElseThrow();
        assertThat(atProvider).startsWith(PROVIDER.issuerUrl("council").toString()).contains("prompt=login", "max_age=0");

        // Asked to, the provider does not sign Carla in from memory: it shows its sign-in form, and she signs in.
        HttpResponse<String> providerSignIn = browser.send(HttpRequest.newBuilder(URI.create(atProvider)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(providerSignIn.body()).contains("<form method=\"post\"", "name=\"username\"");
        String form = "username=" + URLEncoder.encode("carla.manager@council.example", StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode("{\"email\": \"carla.manager@council.example\"}", StandardCharsets.UTF_8);
        HttpResponse<String> export = browser.send(HttpRequest.newBuilder(URI.create(atProvider))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.uri().getPath()).isEqualTo("/case-log/export");
        assertThat(export.statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonTheCouncilKnowsButHeardDoesNotIsRefusedWithAClearMessage() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("council", "stranger", "JWT", List.of("heard"),
                Map.of("email", "stranger@council.example"), 3600));

        HttpResponse<String> page = browser().send(get("/oauth2/authorization/council"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.uri().getPath()).isEqualTo("/sign-in");
        assertThat(page.body()).contains("Your council account has not been given access to Heard");
    }

    @Test
    void theSignInPageOffersTheCouncilsProvider() throws Exception {
        HttpResponse<String> page = browser().send(get("/sign-in"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("Sign in with your council account").contains("/oauth2/authorization/council");
    }

    private void signInAtTheProvider(String email) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("council", email, "JWT", List.of("heard"),
                Map.of("email", email), 3600));
    }

    private HttpClient browser() {
        return browser(new CookieManager(), HttpClient.Redirect.ALWAYS);
    }

    private static HttpClient browser(CookieManager cookies, HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(redirects).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }
}
