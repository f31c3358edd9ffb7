package heard.security.signin;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import heard.security.Role;
import heard.security.SecondFactorFixtures;
import heard.security.StaffAccounts;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.Authenticator;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A code is accepted once, even while the app still shows it; codes a step old are accepted for typing
 * time, older ones not; and wrong codes count with wrong passwords towards locking the account, which
 * signs the half-made sign-in out.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ACodeFromTheAuthenticatorAppWorksOnceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    TestClock clock;

    @Test
    void theSameCodeCannotSignInTwiceWithinItsThirtySeconds() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        String code = Authenticator.nextCode(clare.secret(), clock);

        Visitor first = new Visitor(mvc);
        first.signIn(clare.username(), PASSWORD);
        assertThat(first.post("/sign-in/code", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");

        Visitor replay = new Visitor(mvc);
        replay.signIn(clare.username(), PASSWORD);
        assertThat(Visitor.page(replay.post("/sign-in/code", "code", code)).select(".govuk-error-summary").text())
                .contains("has already been used");
        assertThat(replay.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
    }

    @Test
    void aCodeIsAcceptedInItsOwnStepAndTheNextOneOnly() throws Exception {
        SecondFactorFixtures.Person olive = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.ADMINISTRATOR);
        clock.advance(java.time.Duration.ofMinutes(1));
        String read = Authenticator.codeNow(olive.secret(), clock);

        clock.advance(java.time.Duration.ofSeconds(30));
        Visitor typedSlowly = new Visitor(mvc);
        typedSlowly.signIn(olive.username(), PASSWORD);
        assertThat(typedSlowly.post("/sign-in/code", "code", read).getResponse().getRedirectedUrl()).isEqualTo("/");

        clock.advance(java.time.Duration.ofMinutes(1));
        String old = Authenticator.codeNow(olive.secret(), clock);
        clock.advance(java.time.Duration.ofSeconds(61));
        Visitor tooLate = new Visitor(mvc);
        tooLate.signIn(olive.username(), PASSWORD);
        assertThat(tooLate.post("/sign-in/code", "code", old).getResponse().getStatus()).isEqualTo(200);
        assertThat(tooLate.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
    }

    @Test
    void fiveWrongCodesLockTheAccountAsFiveWrongPasswordsWould() throws Exception {
        SecondFactorFixtures.Person sam = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        Visitor guesser = new Visitor(mvc);
        guesser.signIn(sam.username(), PASSWORD);
        for (int attempt = 1; attempt < SignInAttempts.ALLOWED_FAILURES; attempt++) {
            assertThat(guesser.post("/sign-in/code", "code", "00000" + attempt).getResponse().getStatus()).isEqualTo(200);
            if (attempt == 2) {
                // Signing in again with the password does not start the count again.
                guesser = new Visitor(mvc);
                guesser.signIn(sam.username(), PASSWORD);
            }
        }
        assertThat(guesser.post("/sign-in/code", "code", "000009").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error");
        assertThat(Visitor.page(guesser.get("/sign-in?error")).select(".govuk-error-summary").text())
                .contains("This account is locked for 15 minutes");
        assertThat(guesser.get("/cases").getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(repository.findByUsername(sam.username()).orElseThrow().lockedAt(clock.instant())).isTrue();
        assertThat(new Visitor(mvc).signIn(sam.username(), PASSWORD)).as("locked for the password too").isEqualTo("/sign-in?error");

        clock.advance(SignInAttempts.LOCK.plusMinutes(1));
        assertThat(new Visitor(mvc).signIn(sam.username(), PASSWORD, sam.secret(), clock)).isEqualTo("/");
    }
}
