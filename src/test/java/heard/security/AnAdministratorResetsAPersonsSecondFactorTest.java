package heard.security;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

/** A complaints manager has lost their phone: an administrator resets their second factor, and they set up a new one. */
@DatabaseTest
@AutoConfigureMockMvc
class AnAdministratorResetsAPersonsSecondFactorTest {

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
    void theResetIsAuditedEndsTheirSessionsAndTheySetUpANewAppAtTheirNextSignIn() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        long id = repository.findByUsername(clare.username()).orElseThrow().id();
        Visitor administrator = new Visitor(mvc, user("ada.admin").roles("ADMINISTRATOR"));
        Document page = Visitor.page(administrator.get("/settings/accounts/" + id));
        assertThat(page.select("#second-factor").text()).startsWith("Set up on");
        assertThat(page.select("#sessions").text()).isEqualTo("In 1 place now");

        assertThat(administrator.post("/settings/accounts/" + id + "/reset-second-factor").getResponse()
                .getRedirectedUrl()).isEqualTo("/settings/accounts/" + id);

        Document after = Visitor.page(administrator.get("/settings/accounts/" + id));
        assertThat(after.select(".govuk-notification-banner").text()).contains("has been reset");
        assertThat(after.select("#second-factor").text()).isEqualTo("Not set up");
        assertThat(after.select("#sessions").text()).isEqualTo("Not signed in now");
        assertThat(clare.visitor().get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?timeout");
        assertThat(audit.history(AuditSubject.of("staff-account", id))).filteredOn(e -> e.action().equals("second factor reset"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("ada.admin"));

        Visitor phoneless = new Visitor(mvc);
        assertThat(phoneless.signIn(clare.username(), PASSWORD)).isEqualTo("/");
        assertThat(phoneless.get("/cases").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        phoneless.setUpSecondFactor(clock);
        assertThat(phoneless.get("/cases").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorMayResetIt() throws Exception {
        SecondFactorFixtures.Person clare = SecondFactorFixtures.withAnAuthenticatorApp(mvc, accounts, clock,
                Role.COMPLAINTS_MANAGER);
        long id = repository.findByUsername(clare.username()).orElseThrow().id();

        assertThat(clare.visitor().post("/settings/accounts/" + id + "/reset-second-factor").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(clare.visitor().get("/cases").getResponse().getStatus()).isEqualTo(200);
    }
}
