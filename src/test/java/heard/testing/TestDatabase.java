package heard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: an in-memory H2 database, or, when
 * the failsafe execution sets {@code heard.test.database=postgres}, a fresh schema in the
 * PostgreSQL named by {@code HEARD_TEST_POSTGRES} (a JDBC URL, or any other value for
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), dropped when the context closes.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("heard.test.database", "h2"));
    }

    public static String postgresUrl() {
        String configured = System.getenv("HEARD_TEST_POSTGRES");
        return configured != null && configured.startsWith("jdbc:") ? configured : DEFAULT_POSTGRES;
    }

    public static String postgresUser() {
        return System.getenv().getOrDefault("HEARD_TEST_POSTGRES_USER", "postgres");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "heard_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        Map<String, Object> properties;
        if (isPostgres()) {
            execute("CREATE SCHEMA " + name);
            properties = Map.of(
                    "spring.datasource.url", postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "spring.datasource.username", postgresUser(),
                    "spring.datasource.password", "");
            context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
                @Override
                public void onApplicationEvent(ContextClosedEvent event) {
                    if (event.getApplicationContext() == context) {
                        execute("DROP SCHEMA " + name + " CASCADE");
                    }
                }
            });
        } else {
            properties = Map.of("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("heardTestDatabase", properties));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database at " + postgresUrl() + ": " + e.getMessage(), e);
        }
    }
}
