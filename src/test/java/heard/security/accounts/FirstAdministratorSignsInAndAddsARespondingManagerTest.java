package heard.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The first start of Heard on an empty database, as an administrator meets it: a one-time
 * password on the console, a forced change of password, then adding the first member of staff.
 * A context (and database) of its own, so that Heard's first start happens while its output is captured.
 */
@DatabaseTest(properties = "heard.test.context=first-start")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorSignsInAndAddsARespondingManagerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    TestClock clock;

    @Test
    void theOneTimePasswordSignsInOnceAndMustBeReplacedBeforeAnythingElse(CapturedOutput output) throws Exception {
        String password = oneTimePassword(output);
        Visitor admin = new Visitor(mvc);
        assertThat(admin.signIn("admin", password)).isEqualTo("/");

        assertThat(admin.get("/settings").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        Document refused = Visitor.page(admin.post("/account/password", "currentPassword", password,
                "newPassword", "short", "confirmPassword", "short"));
        assertThat(refused.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Your new password must be 12 characters or more");

        assertThat(admin.post("/account/password", "currentPassword", password,
                "newPassword", "correct horse battery staple", "confirmPassword", "correct horse battery staple")
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(admin.get("/settings").getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/set-up");
        admin.setUpSecondFactor(clock);
        assertThat(admin.get("/settings").getResponse().getStatus()).isEqualTo(200);

        MvcResult created = admin.post("/settings/accounts", "username", "rita.responder@council.example",
                "displayName", "Rita Responder", "email", "rita.responder@council.example", "roles", "RESPONDING_MANAGER",
                "teamId", "", "signIn", "local");
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String ritaPassword = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(ritaPassword).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(staff.byUsername("rita.responder@council.example")).get()
                .satisfies(m -> assertThat(m.roles()).containsExactly(Role.RESPONDING_MANAGER));

        Visitor rita = new Visitor(mvc);
        assertThat(rita.signIn("RITA.RESPONDER@council.example", ritaPassword)).isEqualTo("/");
        assertThat(rita.get("/").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(new Visitor(mvc).signIn("admin", password)).isEqualTo("/sign-in?error");
    }

    @Test
    void aSecondStartCreatesNoOtherAdministrator() throws Exception {
        long before = accounts.count();
        firstAdministrator.run(null);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordOrABlankFieldIsSaidInTheErrorSummary() throws Exception {
        Visitor someone = new Visitor(mvc);
        assertThat(someone.signIn("", "")).isEqualTo("/sign-in?error");
        assertThat(Visitor.page(someone.get("/sign-in", "error", "")).select(".govuk-error-summary__list li").eachText())
                .containsExactly("Enter your username", "Enter your password");

        assertThat(someone.signIn("admin", "guess")).isEqualTo("/sign-in?error");
        Document page = Visitor.page(someone.get("/sign-in", "error", ""));
        assertThat(page.select(".govuk-error-summary__list li").eachText())
                .containsExactly("Enter a correct username and password");
        assertThat(page.select("#username").attr("value")).isEqualTo("admin");
    }

    @Test
    void everyStaffPageNeedsSignInButThePublicOnesDoNot() throws Exception {
        for (String path : List.of("/settings", "/settings/accounts", "/audit", "/settings/calendar")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in"));
        }
        // Heard's address itself is where the public arrive: the start page, which links to the staff sign-in.
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/feedback"));
        mvc.perform(get("/feedback")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/assets/heard.css")).andExpect(status().isOk());
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    private static String oneTimePassword(CapturedOutput output) {
        Matcher matcher = Pattern.compile("One-time password:\\s+(\\S+)").matcher(output.getAll());
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        assertThat(last).as("the one-time password printed at start-up").isNotNull();
        return last;
    }
}
