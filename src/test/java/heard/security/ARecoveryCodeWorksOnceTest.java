package heard.security;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A person without their phone signs in with a recovery code, which then never works again. */
@DatabaseTest
@AutoConfigureMockMvc
class ARecoveryCodeWorksOnceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    @Test
    void aRecoveryCodeSignsInOnceAndSaysHowManyAreLeft() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        String code = clare.recoveryCodes().get(3);

        Visitor withoutPhone = new Visitor(mvc);
        withoutPhone.signIn(clare.username(), PASSWORD);
        Document page = Visitor.page(withoutPhone.get("/sign-in/recovery-code"));
        assertThat(page.select("h1").text()).isEqualTo("Enter a recovery code");
        assertThat(withoutPhone.post("/sign-in/recovery-code", "code", " " + code.toUpperCase().replace("-", " ") + " ")
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(Visitor.page(withoutPhone.get("/")).select(".govuk-notification-banner").text())
                .contains("You have 9 recovery codes left");
        assertThat(withoutPhone.get("/cases").getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.page(withoutPhone.get("/account")).text()).contains("Recovery codes 9 left");

        Visitor again = new Visitor(mvc);
        again.signIn(clare.username(), PASSWORD);
        Document refused = Visitor.page(again.post("/sign-in/recovery-code", "code", code));
        assertThat(refused.select(".govuk-error-summary__list li").eachText())
                .containsExactly("The recovery code is not correct or has already been used");
        assertThat(again.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
        assertThat(again.post("/sign-in/recovery-code", "code", clare.recoveryCodes().get(4)).getResponse()
                .getRedirectedUrl()).isEqualTo("/");

        long id = repository.findByUsername(clare.username()).orElseThrow().id();
        assertThat(audit.history(AuditSubject.of("staff-account", id))).extracting(e -> e.action())
                .containsSubsequence("second factor set up", "recovery code used", "recovery code used");
        assertThat(audit.history(new AuditSubject("sign-in", clare.username()))).extracting(e -> e.action() + ": " + e.summary())
                .contains("recovery code refused: null", "signed in: with a recovery code");
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnesAfterThePersonConfirmsItIsThem() throws Exception {
        SecondFactorFixtures.Person rosa = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.ADMINISTRATOR);
        clock.advance(java.time.Duration.ofMinutes(6));

        assertThat(rosa.visitor().post("/account/second-factor/recovery-codes").getResponse().getRedirectedUrl())
                .isEqualTo("/account/confirm?continue=/account");
        rosa.visitor().post("/account/confirm?continue=/account", "password", PASSWORD,
                "code", heard.testing.Authenticator.nextCode(rosa.secret(), clock));
        assertThat(rosa.visitor().post("/account/second-factor/recovery-codes").getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor/recovery-codes");
        var fresh = Visitor.page(rosa.visitor().get("/account/second-factor/recovery-codes")).select("#recovery-codes li").eachText();
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(rosa.recoveryCodes());

        Visitor withOldCode = new Visitor(mvc);
        withOldCode.signIn(rosa.username(), PASSWORD);
        assertThat(Visitor.page(withOldCode.post("/sign-in/recovery-code", "code", rosa.recoveryCodes().get(0)))
                .select(".govuk-error-summary").text()).contains("not correct");
        assertThat(withOldCode.post("/sign-in/recovery-code", "code", fresh.get(0)).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }
}
