package heard.security.config;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import heard.security.Role;
import heard.security.SecondFactorFixtures;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in session ends after 30 minutes unused, and 10 hours after it began however busy it is.
 * The session store times sessions on the system clock, not Heard's (which tests move by days), so
 * these tests age the session in the database, as the passing of time would.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ASessionEndsWhenUnusedForHalfAnHourAndAfterTenHoursHoweverBusyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SecurityProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTimeoutsAreHalfAnHourAndTenHoursUnlessConfigured() {
        assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.session().absoluteTimeout()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aSessionUnusedForHalfAnHourEnds() throws Exception {
        String username = SecondFactorFixtures.unique("rita");
        Visitor rita = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.RESPONDING_MANAGER);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(30 * 60);

        age(username, "last_access_time", Duration.ofMinutes(29));
        assertThat(rita.get("/account").getResponse().getStatus()).isEqualTo(200);

        age(username, "last_access_time", Duration.ofMinutes(31));
        assertThat(rita.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?timeout");
        assertThat(Visitor.page(rita.get("/sign-in", "timeout", "")).select(".govuk-notification-banner").text())
                .contains("You have been signed out");
    }

    @Test
    void aSessionEndsTenHoursAfterItBeganHoweverBusyItHasBeen() throws Exception {
        String username = SecondFactorFixtures.unique("ron");
        Visitor ron = SecondFactorFixtures.signedInWithPassword(mvc, accounts, username, Role.RESPONDING_MANAGER);

        age(username, "creation_time", Duration.ofHours(10).minusMinutes(1));
        assertThat(ron.get("/account").getResponse().getStatus()).isEqualTo(200);
        age(username, "creation_time", Duration.ofHours(10).minusSeconds(30));
        assertThat(ron.get("/account").getResponse().getStatus()).as("busy a minute ago").isEqualTo(200);

        age(username, "creation_time", Duration.ofHours(10).plusMinutes(1));
        assertThat(ron.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?expired");
        assertThat(Visitor.page(ron.get("/sign-in", "expired", "")).select(".govuk-notification-banner").text())
                .contains("signed in for as long as Heard allows");
        assertThat(ron.get("/account").getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(new Visitor(mvc).signIn(username, PASSWORD)).as("signs in again").isEqualTo("/");
    }

    /** Makes the person's session's time (when it began, or was last used) this long ago. */
    private void age(String username, String column, Duration ago) {
        long then = System.currentTimeMillis() - ago.toMillis();
        String expiry = column.equals("last_access_time") ? ", expiry_time = " + then + " + max_inactive_interval * 1000" : "";
        jdbc.sql("UPDATE spring_session SET " + column + " = :then" + expiry + " WHERE principal_name = :u")
                .param("then", then).param("u", username).update();
    }
}
