package heard.security;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.persistence.SecondFactorRepository;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.Authenticator;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Administrators and complaints managers set up an authenticator app at their next sign-in, before
 * anything else, and give its code every sign-in after; others may choose to, until an administrator
 * requires it of everyone. A context of its own: a test here changes who must have a second factor.
 */
// A context of its own, closed after the class so that its database connections do not wait for the end of the suite.
@DirtiesContext
@DatabaseTest(properties = "heard.test.context=second-factor-required")
@AutoConfigureMockMvc
class AComplaintsManagerMustSetUpASecondFactorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    SecondFactorRepository factors;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    @Test
    void aComplaintsManagerSetsUpAnAppAtTheirFirstSignInAndGivesItsCodeAtEachSignInAfter() throws Exception {
        String username = SecondFactorFixtures.unique("clare");
        Visitor clare = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.COMPLAINTS_MANAGER);

        assertThat(clare.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        assertThat(clare.get("/case-log").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        Document setUp = Visitor.page(clare.get("/account/second-factor/set-up"));
        assertThat(setUp.select("h1").text()).isEqualTo("Set up your authenticator app");
        assertThat(setUp.select("svg.heard-qr-code[role=img] path").attr("d")).isNotEmpty();
        String secret = setUp.select("#secret").text();
        assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");

        Document wrong = Visitor.page(clare.post("/account/second-factor/set-up", "code", "000000"));
        assertThat(wrong.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#code");
        assertThat(wrong.select(".govuk-error-summary__list li").text()).startsWith("The code is not correct");
        assertThat(wrong.select("#secret").text()).as("the same key while it is set up").isEqualTo(secret);

        MvcResult done = clare.post("/account/second-factor/set-up", "code", Authenticator.nextCode(secret, clock));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/recovery-codes");
        List<String> codes = Visitor.page(clare.get("/account/second-factor/recovery-codes")).select("#recovery-codes li").eachText();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")).doesNotHaveDuplicates();
        assertThat(clare.get("/account/second-factor/recovery-codes").getResponse().getRedirectedUrl())
                .as("shown once").isEqualTo("/account");
        assertThat(clare.get("/cases").getResponse().getStatus()).isEqualTo(200);
        long id = repository.findByUsername(username).orElseThrow().id();
        assertThat(audit.history(AuditSubject.of("staff-account", id))).extracting(e -> e.action())
                .contains("second factor set up");
        assertThat(factors.unusedRecoveryCodes(id)).hasSize(10)
                .allSatisfy(stored -> assertThat(codes).doesNotContain(stored.hash()));

        Visitor again = new Visitor(mvc);
        assertThat(again.signIn(username, PASSWORD)).isEqualTo("/");
        assertThat(again.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
        assertThat(again.get("/account/password").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
        Document refused = Visitor.page(again.post("/sign-in/code", "code", "12345"));
        assertThat(refused.select(".govuk-error-summary__list li").text()).startsWith("The code is not correct");
        assertThat(again.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/code");
        assertThat(again.post("/sign-in/code", "code", Authenticator.nextCode(secret, clock)).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        assertThat(again.get("/cases").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAdministratorMustToo() throws Exception {
        Visitor ada = SecondFactorFixtures.signedInWithPassword(mvc, accounts, SecondFactorFixtures.unique("ada"),
                Role.ADMINISTRATOR);

        assertThat(ada.get("/settings/accounts").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        assertThat(ada.get("/settings/accounts").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        ada.setUpSecondFactor(clock);
        assertThat(ada.get("/settings/accounts").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void othersMayChooseUntilAnAdministratorRequiresItOfEveryone() throws Exception {
        String username = SecondFactorFixtures.unique("rita");
        Visitor rita = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.RESPONDING_MANAGER);
        assertThat(rita.get("/").getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.page(rita.get("/account")).select("#second-factor").text()).isEqualTo("Not set up");

        Visitor administrator = new Visitor(mvc, user("ada").roles("ADMINISTRATOR"));
        Document settings = Visitor.page(administrator.get("/settings/second-factor"));
        assertThat(settings.select("input[name=requiredFor][checked]").val()).isEqualTo("MANAGERS");
        assertThat(administrator.post("/settings/second-factor", "requiredFor", "EVERYONE",
                "version", settings.select("input[name=version]").val()).getResponse().getRedirectedUrl()).isEqualTo("/settings");
        assertThat(audit.history(new AuditSubject("security-settings", "second-factor"))).extracting(e -> e.summary())
                .contains("Second factor required for everyone with a Heard password");
        try {
            Visitor next = new Visitor(mvc);
            assertThat(next.signIn(username, PASSWORD)).isEqualTo("/");
            assertThat(next.get("/").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        } finally {
            administrator.post("/settings/second-factor", "requiredFor", "MANAGERS",
                    "version", Visitor.page(administrator.get("/settings/second-factor")).select("input[name=version]").val());
        }
        assertThat(factors.requiredForEveryone()).isFalse();
    }

    @Test
    void theSettingRefusesAnAnswerItDoesNotOffer() throws Exception {
        Visitor administrator = new Visitor(mvc, user("ada").roles("ADMINISTRATOR"));
        Document refused = Visitor.page(administrator.post("/settings/second-factor", "requiredFor", "NOBODY", "version", "0"));
        assertThat(refused.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Select who must use a second factor");
        assertThat(factors.requiredForEveryone()).isFalse();
    }
}
