package heard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CaseworkImport;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.ProcedureKind;
import heard.casework.RecordType;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.Authenticator;
import heard.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of Heard behind one load balancer, on one PostgreSQL database, as a council runs it for resilience:
 * each started here as {@code java -jar heard.jar} would be, on a port of its own, and used over HTTP as a browser
 * uses it. A person signed in on one is signed in on the other; two people changing one case on the two instances
 * cannot overwrite each other; a case log queued on one is checked and imported once, by one of them.
 */
@Tag("database")
class TwoInstancesShareOnePostgresDatabaseTest {

    static final String PASSWORD = "two instances, one database";
    static String schema;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "SKIPPED: two instances share a PostgreSQL database");
        schema = "heard_t_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        first = start();
        second = start();
        StaffAccounts accounts = first.getBean(StaffAccounts.class);
        for (String name : List.of("olive.officer", "owen.officer")) {
            CreatedAccount created = accounts.create(new NewStaffAccount(name, name, null, Set.of(Role.COMPLAINTS_OFFICER),
                    null, true));
            accounts.changePassword(name, created.oneTimePassword(), PASSWORD);
        }
        new TransactionTemplate(first.getBean(PlatformTransactionManager.class)).executeWithoutResult(t ->
                first.getBean(CaseworkImport.class).add(List.of(new ImportedCase(new CaseReference("TWO-1"),
                        RecordType.COMPLAINT, ProcedureKind.STATUTORY, LocalDate.of(2024, 5, 1), Channel.EMAIL,
                        ComplainantRole.PARENT_RELATIVE, null, null, List.of(), "Shared by two instances", null, null, 9,
                        Advocacy.OFFERED, null, List.of(new ImportedStage(1, LocalDate.of(2024, 5, 1), null, false, null,
                        null, null, null)), null, List.of(), null, null, null, null, null)), "test", "test"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void a_person_signed_in_on_one_instance_is_signed_in_on_the_other() throws Exception {
        Browser olive = new Browser();
        olive.signIn(first, "olive.officer");

        HttpResponse<String> onTheOther = olive.get(second, "/cases");

        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onTheOther.body()).select("h1").text()).isNotEqualTo("Sign in");
        assertThat(onTheOther.body()).contains("TWO-1");
    }

    @Test
    void two_people_changing_one_case_on_two_instances_cannot_overwrite_each_other() throws Exception {
        Browser olive = new Browser();
        olive.signIn(first, "olive.officer");
        Browser owen = new Browser();
        owen.signIn(second, "owen.officer");
        Document oliveForm = Jsoup.parse(olive.get(first, "/cases/TWO-1/change-procedure").body());
        Document owenForm = Jsoup.parse(owen.get(second, "/cases/TWO-1/change-procedure").body());

        HttpResponse<String> oliveSaves = olive.post(first, "/cases/TWO-1/change-procedure", Map.of(
                "procedure", "CORPORATE", "reasons", "About the council's transport, not children's social care",
                "version", oliveForm.select("input[name=version]").val(), "_csrf", oliveForm.select("input[name=_csrf]").val()));
        HttpResponse<String> owenSaves = owen.post(second, "/cases/TWO-1/change-procedure", Map.of(
                "procedure", "NON_QUALIFYING", "outOfScope", "COURT_PROCEEDINGS", "reasons", "Before the family court",
                "version", owenForm.select("input[name=version]").val(), "_csrf", owenForm.select("input[name=_csrf]").val()));

        assertThat(oliveSaves.statusCode()).isEqualTo(302);
        assertThat(owenSaves.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(owenSaves.body()).select(".govuk-error-summary").text())
                .contains("Someone else changed this case while you were working on it. Nothing you entered has been saved.");
        assertThat(JdbcClient.create(first.getBean(DataSource.class))
                .sql("SELECT procedure_kind FROM casework_case_view WHERE reference = 'TWO-1'").query(String.class).single())
                .isEqualTo("CORPORATE");
    }

    @Test
    void a_case_log_queued_on_one_instance_is_checked_and_imported_once() throws Exception {
        Browser manager = new Browser();
        StaffAccounts accounts = first.getBean(StaffAccounts.class);
        CreatedAccount created = accounts.create(new NewStaffAccount("clare.manager", "Clare Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));
        accounts.changePassword("clare.manager", created.oneTimePassword(), PASSWORD);
        manager.signIn(first, "clare.manager");
        manager.setUpSecondFactor(first);
        Document form = Jsoup.parse(manager.get(first, "/case-log/import").body());
        String log = "reference,record_type,procedure,received,channel\n"
                + "Q-1,complaint,statutory,2024-06-03,telephone\nQ-2,compliment,,2024-06-04,email\n";

        HttpResponse<String> queued = manager.upload(first, "/case-log/import?_csrf=" + form.select("input[name=_csrf]").val(),
                "queued.csv", log);
        String job = queued.headers().firstValue("Location").orElseThrow();
        // The check is done by whichever instance claims the job first; the person follows it on the other.
        Document checked = waitFor(manager, second, URI.create(job).getPath(), "READY");
        manager.post(second, URI.create(job).getPath() + "/confirm", Map.of("_csrf", checked.select("input[name=_csrf]").val()));
        waitFor(manager, first, URI.create(job).getPath(), "IMPORTED");

        JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case_view WHERE reference = 'Q-1'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_view WHERE reference = 'Q-2'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT claimed_by FROM case_log_import").query(String.class).list())
                .hasSize(1).doesNotContainNull();
    }

    private static Document waitFor(Browser browser, ConfigurableApplicationContext instance, String path, String status)
            throws Exception {
        JdbcClient jdbc = JdbcClient.create(instance.getBean(DataSource.class));
        for (int i = 0; i < 300; i++) {
            String now = jdbc.sql("SELECT status FROM case_log_import").query(String.class).single();
            if (now.equals(status)) {
                return Jsoup.parse(browser.get(instance, path).body());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The job never reached " + status);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HeardApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password=",
                "--heard.jobs.run=false", "--heard.interchange.poll=PT0.2S", "--logging.level.root=warn");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A person's browser: cookies kept across both instances, as behind one address. */
    static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        void signIn(ConfigurableApplicationContext instance, String username) throws Exception {
            Document page = Jsoup.parse(get(instance, "/sign-in").body());
            HttpResponse<String> signedIn = post(instance, "/sign-in", Map.of("username", username, "password", PASSWORD,
                    "_csrf", page.select("input[name=_csrf]").val()));
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }

        /** A complaints manager sets up the authenticator app Heard asks for at their first sign-in. */
        void setUpSecondFactor(ConfigurableApplicationContext instance) throws Exception {
            Document page = Jsoup.parse(get(instance, "/account/second-factor/set-up").body());
            HttpResponse<String> done = post(instance, "/account/second-factor/set-up", Map.of("code",
                    Authenticator.codeNow(page.select("#secret").text(), java.time.Clock.systemUTC()),
                    "_csrf", page.select("input[name=_csrf]").val()));
            assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/second-factor/recovery-codes"));
        }

        HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
                throws Exception {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(ConfigurableApplicationContext instance, String path, String fileName, String content)
                throws Exception {
            String boundary = "heard" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
            return http.send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static URI uri(ConfigurableApplicationContext instance, String path) {
            return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
