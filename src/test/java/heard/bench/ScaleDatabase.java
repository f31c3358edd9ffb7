package heard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import heard.HeardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A large benchmark database kept between runs, since making a million records takes a while however fast: on
 * PostgreSQL (127.0.0.1:5432, database {@code test}) the schema {@code scale_NAME}, on H2 a file under
 * {@code target/scale/}. A run reuses what an earlier run left when it holds the records it wants, and otherwise
 * starts it afresh; {@link #drop} removes it ({@code -Dheard.bench.drop=true} at the end of a run).
 */
public record ScaleDatabase(String name, boolean postgres) {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    /** {@code h2} or {@code postgres}, as a benchmark's command line gives it. */
    public static ScaleDatabase of(String name, String database) {
        return new ScaleDatabase(name.toLowerCase(Locale.ROOT), database.equalsIgnoreCase("postgres"));
    }

    public String schema() {
        return "scale_" + name;
    }

    public String label() {
        return postgres ? "PostgreSQL" : "H2 (embedded, file)";
    }

    /** The JDBC URL Heard is given. On PostgreSQL, batches of inserts are sent as multi-row statements. */
    public String url() {
        return postgres ? POSTGRES + "?currentSchema=" + schema() + "&reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + h2File().toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public String user() {
        return postgres ? "postgres" : "sa";
    }

    /** Command-line options that point Heard at this database. */
    public List<String> options() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=");
    }

    /** Heard's web application on this database, in this process, with no background jobs to disturb a measurement. */
    public ConfigurableApplicationContext start(String... options) {
        List<String> all = new ArrayList<>(options());
        all.add("--heard.jobs.run=false");
        all.addAll(List.of(options));
        return new SpringApplicationBuilder(HeardApplication.class).run(all.toArray(String[]::new));
    }

    /** Makes sure the schema exists (Heard's migrations then fill it on start). */
    public void create() throws SQLException {
        if (postgres) {
            execute("CREATE SCHEMA IF NOT EXISTS " + schema());
        }
    }

    /** How many rows a table of the database holds, or -1 when it has no such table yet. */
    public long count(String table) throws SQLException {
        if (postgres && !exists(table)) {
            return -1;
        }
        if (!postgres && !Files.exists(Path.of(h2File() + ".mv.db"))) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection(url(), user(), ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException missing) {
            return -1;
        }
    }

    public void drop() throws Exception {
        if (postgres) {
            execute("DROP SCHEMA IF EXISTS " + schema() + " CASCADE");
        } else {
            Files.deleteIfExists(Path.of(h2File() + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File() + ".trace.db"));
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
             var s = c.prepareStatement("SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            s.setString(1, schema());
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Path h2File() {
        return Path.of("target", "scale", "h2-" + name, "heard");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
