package heard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import heard.testing.DatabaseTest;
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

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }
}
