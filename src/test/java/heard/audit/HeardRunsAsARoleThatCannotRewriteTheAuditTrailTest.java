package heard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import heard.testing.DatabaseTest;
import heard.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Heard on PostgreSQL as the README says to run it: Flyway migrates as the owner of the tables, and
 * the application connects as a role with only the privileges it needs, set up with the README's SQL.
 * Heard starts and writes (its first administrator, the audit trail); the audit trail refuses that
 * role UPDATE and TRUNCATE by privilege, and DELETE by the trigger (the owner's too) for every entry younger
 * than 7 years; the role cannot drop or disable that trigger. The retention run, as that role, removes an
 * entry older than 7 years. PostgreSQL only: H2 has no roles to speak of.
 */
// A context of its own, closed after the class so that its database connections do not wait for the end of the suite.
@DirtiesContext
@DatabaseTest
@ContextConfiguration(initializers = {TestDatabase.class, HeardRunsAsARoleThatCannotRewriteTheAuditTrailTest.ApplicationRole.class})
@EnabledIfSystemProperty(named = "heard.test.database", matches = "postgres")
class HeardRunsAsARoleThatCannotRewriteTheAuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theApplicationsRoleWritesTheTrailButCannotChangeIt() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).startsWith(ApplicationRole.PREFIX);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single())
                .as("the first administrator, created at start-up by the application's role").isEqualTo(1);
        AuditSubject subject = new AuditSubject("team", UUID.randomUUID().toString());
        transactions.executeWithoutResult(t -> audit.changed(subject, "renamed", "Team renamed", null, Map.of("name", "New")));

        for (String rewrite : List.of("UPDATE audit_event SET actor = 'someone else'", "TRUNCATE TABLE audit_event")) {
            assertThatThrownBy(() -> jdbc.sql(rewrite).update()).as(rewrite)
                    .hasStackTraceContaining("permission denied for table audit_event");
        }
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasStackTraceContaining("append-only");
        for (String dodge : List.of("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                "DROP TRIGGER audit_event_append_only ON audit_event", "DROP TABLE audit_event")) {
            assertThatThrownBy(() -> jdbc.sql(dodge).update()).as(dodge).hasStackTraceContaining("must be owner");
        }
        assertThat(audit.history(subject)).singleElement().satisfies(e -> assertThat(e.summary()).isEqualTo("Team renamed"));
    }

    @Test
    void theRetentionRunAsTheApplicationsRoleRemovesAnEntryPastSevenYearsAndNoYoungerOne() {
        AuditSubject old = new AuditSubject("case", UUID.randomUUID().toString());
        AuditSubject young = new AuditSubject("case", UUID.randomUUID().toString());
        Instant now = Instant.now();
        for (var entry : Map.of(old, now.minus(Duration.ofDays(8 * 366)), young, now.minus(Duration.ofDays(6 * 365))).entrySet()) {
            jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id) "
                            + "VALUES (:at, 'olive', 'viewed', :type, :id)")
                    .param("at", OffsetDateTime.ofInstant(entry.getValue(), ZoneOffset.UTC))
                    .param("type", entry.getKey().type()).param("id", entry.getKey().id()).update();
        }

        assertThat(audit.removeBefore(now.minus(Duration.ofDays(7 * 366)))).isPositive();
        assertThat(audit.history(old)).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE subject_id = :id").param("id", young.id()).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> audit.removeBefore(now.minus(Duration.ofDays(5 * 365))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(audit.history(young)).hasSize(1);
    }

    /**
     * Makes the application's role as the README says, in this context's schema, before Heard starts:
     * Flyway then migrates as the owner (the test database's user) and Heard connects as this role.
     */
    static class ApplicationRole implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final String PREFIX = "security_accounts_app_";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
            String owner = TestDatabase.postgresUser();
            String role = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app'",
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA " + schema
                            + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA " + schema
                            + " GRANT USAGE, SELECT ON SEQUENCES TO " + role);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("applicationRole", Map.of(
                    "spring.flyway.user", owner, "spring.flyway.password", "",
                    "spring.datasource.username", role, "spring.datasource.password", "app")));
            context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
                @Override
                public void onApplicationEvent(ContextClosedEvent event) {
                    if (event.getApplicationContext() == context) {
                        execute("DROP OWNED BY " + role, "DROP ROLE " + role);
                    }
                }
            });
        }

        private static void execute(String... statements) {
            try (Connection connection = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
