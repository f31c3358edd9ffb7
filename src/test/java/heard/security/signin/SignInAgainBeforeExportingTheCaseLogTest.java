package heard.security.signin;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.Role;
import heard.security.SecondFactorFixtures;
import heard.security.StaffAccounts;
import heard.security.config.SecurityProperties;
import heard.security.web.ConfirmIdentityController;
import heard.testing.Authenticator;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Downloading the case log (every record Heard holds) asks for the password and a new code again when
 * they were given more than five minutes ago (ASVS 7.5.3), then carries on to the download.
 */
@DatabaseTest
@AutoConfigureMockMvc
public class SignInAgainBeforeExportingTheCaseLogTest {

    public static final Duration LONGER_THAN_ALLOWED = SecurityProperties.DEFAULT_CONFIRMED_WITHIN.plusMinutes(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    @Test
    void aManagerWhoSignedInAWhileAgoGivesTheirPasswordAndACodeAgainThenDownloads() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        Visitor visitor = clare.visitor();
        assertThat(visitor.get("/case-log/export").getResponse().getStatus()).as("just signed in").isEqualTo(200);

        clock.advance(LONGER_THAN_ALLOWED);
        assertThat(visitor.get("/case-log/export").getResponse().getRedirectedUrl())
                .isEqualTo("/account/confirm?continue=/case-log/export");
        assertThat(export(visitor).getResponse().getRedirectedUrl()).as("the download itself too")
                .isEqualTo("/account/confirm?continue=/case-log/export");
        Document page = Visitor.page(visitor.get("/account/confirm", "continue", "/case-log/export"));
        assertThat(page.select("h1").text()).isEqualTo("Confirm it is you");
        assertThat(page.select("input[name=password][type=password], input[name=code]")).hasSize(2);

        Document blank = Visitor.page(visitor.post("/account/confirm?continue=/case-log/export", "password", "", "code", ""));
        assertThat(blank.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Enter your password", "Enter the code from your authenticator app");
        assertThat(blank.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#password", "#code");
        Document wrong = Visitor.page(visitor.post("/account/confirm?continue=/case-log/export", "password", "guess",
                "code", Authenticator.nextCode(clare.secret(), clock)));
        assertThat(wrong.select(".govuk-error-summary__list li").eachText()).containsExactly("The password is not correct");
        assertThat(audit.history(new AuditSubject("sign-in", clare.username()))).extracting(e -> e.action())
                .contains("password to confirm refused");

        MvcResult confirmed = visitor.post("/account/confirm?continue=/case-log/export", "password", PASSWORD,
                "code", Authenticator.nextCode(clare.secret(), clock));
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/case-log/export");
        assertThat(visitor.get("/case-log/export").getResponse().getStatus()).isEqualTo(200);
        MvcResult download = export(visitor);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");

        clock.advance(LONGER_THAN_ALLOWED);
        assertThat(export(visitor).getResponse().getRedirectedUrl()).isEqualTo("/account/confirm?continue=/case-log/export");
    }

    @Test
    void aCodeAlreadyUsedDoesNotConfirm() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        clock.advance(LONGER_THAN_ALLOWED);
        String code = Authenticator.nextCode(clare.secret(), clock);
        Visitor other = new Visitor(mvc);
        other.signIn(clare.username(), PASSWORD);
        other.post("/sign-in/code", "code", code);

        Document refused = Visitor.page(clare.visitor().post("/account/confirm?continue=/case-log/export",
                "password", PASSWORD, "code", code));
        assertThat(refused.select(".govuk-error-summary__list li").text()).contains("has already been used");
        assertThat(clare.visitor().get("/case-log/export").getResponse().getRedirectedUrl()).startsWith("/account/confirm");
    }

    @Test
    void aPersonWithoutASecondFactorGivesTheirPasswordAloneAndIsSentOnlyWithinHeard() throws Exception {
        String username = SecondFactorFixtures.unique("rita");
        Visitor rita = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.RESPONDING_MANAGER);
        clock.advance(LONGER_THAN_ALLOWED);
        // Signing out everywhere else is one of the routes that asks (ASVS 7.5.2); it goes on to the account page.
        assertThat(rita.post("/account/sessions/end-others").getResponse().getRedirectedUrl())
                .isEqualTo("/account/confirm?continue=/account");
        assertThat(Visitor.page(rita.get("/account/confirm", "continue", "/account")).select("input[name=code]")).isEmpty();

        assertThat(rita.post("/account/confirm?continue=//elsewhere.example/phish", "password", PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(rita.post("/account/sessions/end-others").getResponse().getRedirectedUrl()).isEqualTo("/account");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndSignThePersonOut() throws Exception {
        String username = SecondFactorFixtures.unique("ron");
        Visitor ron = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.RESPONDING_MANAGER);
        clock.advance(LONGER_THAN_ALLOWED);
        for (int attempt = 1; attempt < SignInAttempts.ALLOWED_FAILURES; attempt++) {
            assertThat(ron.post(ConfirmIdentityController.PATH, "password", "wrong " + attempt).getResponse().getStatus())
                    .isEqualTo(200);
        }
        assertThat(ron.post(ConfirmIdentityController.PATH, "password", "wrong again").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error");
        assertThat(ron.get("/account").getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    private static MvcResult export(Visitor visitor) throws Exception {
        return visitor.post("/case-log/export", "from.day", "", "from.month", "", "from.year", "",
                "to.day", "", "to.month", "", "to.year", "", "format", "CSV");
    }
}
