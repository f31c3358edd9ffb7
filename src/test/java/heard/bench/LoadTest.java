package heard.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import heard.HeardApplication;
import heard.commandline.Commands;
import heard.interchange.SampleCaseLog;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import org.HdrHistogram.Histogram;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many staff at once: {@code target/heard.jar} runs on loopback on a PostgreSQL database of 100,000 cases and more
 * (a generated ten-year case log of 200,000 records, imported through the jar's own {@code import}), and 50
 * complaints officers sign in (a few at a time, as a team arriving in the morning does)
 * and work for a bounded time, each with a pause of one to three seconds between pages as a person has: the case
 * list, a search, a case's page, logging a complaint (the form, then its check page), answering a Stage 1 complaint,
 * and the dashboard. Every response is timed (HdrHistogram); a 4xx or 5xx, a lost session or a failed connection is
 * an error. Complaints officers, not managers: no second factor stands in the way of an account made for the test.
 * Run after {@code ./mvnw -q -B -DskipTests package}:
 *
 * <pre>./mvnw -q -B test-compile exec:exec@load -Pbench [-Dbench.users=50] [-Dbench.seconds=180]</pre>
 *
 * The database is kept between runs (schema {@code scale_load}); {@code -Dheard.bench.drop=true} removes it.
 */
public final class LoadTest {

    static final String PASSWORD = "a load of complaints officers";
    /** About half a generated case log's records are cases; this many make a little over 100,000. */
    static final int RECORDS = 200_000;
    static final int PORT = 18_471;
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        ScaleDatabase database = ScaleDatabase.of("load", "postgres");
        Fixture fixture = prepare(database, users);
        Path jar = Path.of("target", "heard.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -q -B -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(), "--server.port=" + PORT));
        command.addAll(database.options());
        Process heard = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "load-test-heard.log").toFile()).start();
        try {
            awaitUp(Duration.ofMinutes(3));
            Results results = run(users, seconds, fixture);
            String report = results.report(users, seconds, fixture.cases);
            System.out.print(report);
            Path file = Path.of("target", "benchmarks", "load-" + users + "-users.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            if (results.errors.get() > 0) {
                System.out.println("Errors by kind: " + results.errorKinds + "; first few: "
                        + results.errorSamples.stream().limit(10).toList());
            }
        } finally {
            heard.destroy();
            heard.waitFor();
            if (Boolean.getBoolean("heard.bench.drop")) {
                database.drop();
            }
        }
    }

    /** The staff, the cases they open and search for, and the Stage 1 complaints they answer. */
    record Fixture(long cases, List<String> references, List<String> open, List<String> usernames) {
    }

    /** Imports the case log once, and adds the staff accounts the first time; reads what the users will ask for. */
    private static Fixture prepare(ScaleDatabase database, int users) throws Exception {
        if (database.count("complaint") < 100_000) {
            database.drop();
            database.create();
            Path log = Files.createTempFile("heard-load-", ".csv");
            SampleCaseLog.of(42, RECORDS, LocalDate.of(2015, 4, 1), LocalDate.now().minusDays(1)).writeCsv(log);
            List<String> args = new ArrayList<>(List.of("import", log.toString(), "--create-missing"));
            args.addAll(database.options());
            int exit = Commands.run(HeardApplication.class, args.toArray(String[]::new));
            Files.delete(log);
            if (exit != 0) {
                throw new IllegalStateException("The case log did not import: exit " + exit);
            }
        }
        try (ConfigurableApplicationContext heard = database.start("--spring.main.web-application-type=none",
                "--logging.level.root=warn")) {
            StaffAccounts accounts = heard.getBean(StaffAccounts.class);
            Set<String> existing = accounts.all().stream().map(m -> m.username()).collect(Collectors.toSet());
            List<String> usernames = new ArrayList<>();
            for (int i = 1; i <= users; i++) {
                String username = "load.officer." + i;
                if (!existing.contains(username)) {
                    CreatedAccount created = accounts.create(new NewStaffAccount(username, "Load Officer " + i, null,
                            Set.of(Role.COMPLAINTS_OFFICER), null, true));
                    accounts.changePassword(username, created.oneTimePassword(), PASSWORD);
                }
                usernames.add(username);
            }
            JdbcClient jdbc = JdbcClient.create(heard.getBean(DataSource.class));
            long cases = jdbc.sql("SELECT COUNT(*) FROM casework_case_view").query(Long.class).single();
            List<String> references = jdbc.sql("SELECT reference FROM casework_case_view ORDER BY case_id")
                    .query(String.class).list();
            List<String> open = jdbc.sql("""
                    SELECT c.reference FROM casework_case_view c JOIN casework_stage_view s ON s.case_id = c.case_id
                    WHERE c.status = 'OPEN' AND c.current_stage = 1 AND s.stage = 1 AND s.responded_on IS NULL
                      AND s.outcome IS NULL ORDER BY c.case_id""").query(String.class).list();
            return new Fixture(cases, references, new ArrayList<>(open), usernames);
        }
    }

    private static void awaitUp(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Heard did not start on port " + PORT + " (target/load-test-heard.log)");
    }

    private static Results run(int users, int seconds, Fixture fixture) throws InterruptedException {
        Results results = new Results();
        ConcurrentLinkedQueue<String> toAnswer = new ConcurrentLinkedQueue<>(fixture.open);
        CountDownLatch signedIn = new CountDownLatch(users);
        // Checking a password is slow on purpose (BCrypt): fifty at once would measure only that.
        Semaphore arriving = new Semaphore(4);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong until = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String username = fixture.usernames.get(u);
            Thread thread = new Thread(() -> {
                Officer officer = new Officer(username, results);
                try {
                    arriving.acquire();
                    officer.signIn();
                } catch (Exception e) {
                    results.error("sign in", e.toString());
                } finally {
                    arriving.release();
                }
                signedIn.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < until.get()) {
                    officer.pause();
                    try {
                        officer.act(fixture, toAnswer);
                    } catch (Exception e) {
                        results.error("connection", e.toString());
                    }
                }
            }, "officer-" + u);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        signedIn.await();
        long started = System.nanoTime();
        until.set(started + Duration.ofSeconds(seconds).toNanos());
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        results.elapsedNanos = System.nanoTime() - started;
        return results;
    }

    private static String base() {
        return "http://127.0.0.1:" + PORT;
    }

    /** One member of staff: a browser of their own (cookies), working through the mix. */
    private static final class Officer {

        private final String username;
        private final Results results;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Officer(String username, Results results) {
            this.username = username;
            this.results = results;
        }

        void signIn() throws Exception {
            Document page = Jsoup.parse(send("sign in", get("/sign-in")).body());
            HttpResponse<String> done = send("sign in", post("/sign-in", Map.of("username", username, "password", PASSWORD,
                    "_csrf", csrf(page))));
            if (done.headers().firstValue("Location").orElse("").contains("error")) {
                results.error("sign in", "refused");
            }
        }

        void pause() {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(1_000, 3_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** One thing a complaints officer does, in the proportions of a working day. */
        void act(Fixture fixture, ConcurrentLinkedQueue<String> toAnswer) throws Exception {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int roll = random.nextInt(100);
            String reference = fixture.references.get(random.nextInt(fixture.references.size()));
            if (roll < 25) {
                send("case list", get("/cases"));
            } else if (roll < 45) {
                send("search", get("/cases?q=" + encode(reference.substring(0, Math.max(4, reference.length() - 2)))));
            } else if (roll < 75) {
                send("case page", get("/cases/" + encode(reference).replace("+", "%20")));
            } else if (roll < 85) {
                send("dashboard", get("/dashboard"));
            } else if (roll < 93) {
                logAComplaint();
            } else {
                String open = toAnswer.poll();
                if (open != null) {
                    answer(open);
                }
            }
        }

        private void logAComplaint() throws Exception {
            Document form = Jsoup.parse(send("log a complaint: form", get("/cases/new")).body());
            LocalDate today = LocalDate.now();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", csrf(form));
            fields.put("recordType", "COMPLAINT");
            fields.put("receivedOn.day", String.valueOf(today.getDayOfMonth()));
            fields.put("receivedOn.month", String.valueOf(today.getMonthValue()));
            fields.put("receivedOn.year", String.valueOf(today.getYear()));
            fields.put("channel", "TELEPHONE");
            fields.put("complainantName", "Pat Parent");
            fields.put("complainantPhone", "07700 900123");
            fields.put("complainantRole", "PARENT_RELATIVE");
            fields.put("childName", "Sam Child");
            fields.put("onChildsBehalf", "yes");
            fields.put("childConsent", "AGREES");
            fields.put("advocacy", "OFFERED");
            fields.put("elements", "The social worker did not return calls");
            fields.put("procedure", "STATUTORY");
            fields.put("eligibilityReasons", "A parent about their child's social worker");
            HttpResponse<String> kept = send("log a complaint: keep", post("/cases/new", fields));
            if (!kept.headers().firstValue("Location").orElse("").endsWith("/cases/new/check")) {
                results.error("log a complaint", "not kept to check: " + errors(kept));
                return;
            }
            Document check = Jsoup.parse(send("log a complaint: check", get("/cases/new/check")).body());
            HttpResponse<String> logged = send("log a complaint: log", post("/cases/new/check", Map.of("_csrf", csrf(check))));
            if (!logged.headers().firstValue("Location").orElse("").startsWith(base() + "/cases/")
                    && !logged.headers().firstValue("Location").orElse("").startsWith("/cases/")) {
                results.error("log a complaint", "not logged: " + errors(logged));
            }
        }

        private void answer(String reference) throws Exception {
            String path = "/cases/" + encode(reference).replace("+", "%20") + "/respond";
            Document form = Jsoup.parse(send("answer: form", get(path)).body());
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element hidden : form.select("form input[type=hidden]")) {
                fields.put(hidden.attr("name"), hidden.val());
            }
            LocalDate today = LocalDate.now();
            fields.put("respondedOn.day", String.valueOf(today.getDayOfMonth()));
            fields.put("respondedOn.month", String.valueOf(today.getMonthValue()));
            fields.put("respondedOn.year", String.valueOf(today.getYear()));
            fields.put("outcome", "NOT_UPHELD");
            for (Element finding : form.select("input[type=radio][name$=.finding][value=NOT_UPHELD]")) {
                fields.put(finding.attr("name"), "NOT_UPHELD");
            }
            HttpResponse<String> answered = send("answer: send", post(path, fields));
            if (answered.statusCode() != 302) {
                results.error("answer", reference + ": " + errors(answered));
            }
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path)).timeout(TIMEOUT).GET().build();
        }

        private HttpRequest post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(base() + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        /** Sends and times a request; a 4xx or 5xx, or being sent to sign in again, is an error. */
        private HttpResponse<String> send(String what, HttpRequest request) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            results.record(what, System.nanoTime() - start);
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() >= 400 || (location.contains("/sign-in") && !what.equals("sign in"))) {
                results.error(what, response.statusCode() + " " + request.uri() + " " + location);
            }
            return response;
        }

        private static String csrf(Document page) {
            return page.select("input[name=_csrf]").val();
        }

        private static String errors(HttpResponse<String> response) {
            return response.statusCode() + " " + Jsoup.parse(response.body()).select(".govuk-error-summary li").eachText();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** Every response's time, by what was asked and in all; the errors. */
    private static final class Results {

        final Map<String, Histogram> byWhat = new ConcurrentHashMap<>();
        final Histogram all = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
        final AtomicLong errors = new AtomicLong();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        long elapsedNanos;

        void record(String what, long nanos) {
            Histogram histogram = byWhat.computeIfAbsent(what, w -> new Histogram(Duration.ofMinutes(1).toNanos(), 3));
            synchronized (histogram) {
                histogram.recordValue(Math.min(nanos, histogram.getHighestTrackableValue()));
            }
            synchronized (all) {
                all.recordValue(Math.min(nanos, all.getHighestTrackableValue()));
            }
        }

        void error(String what, String detail) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(what, w -> new AtomicLong()).incrementAndGet();
            if (errorSamples.size() < 50) {
                errorSamples.add(what + ": " + detail);
            }
        }

        String report(int users, int seconds, long cases) {
            StringBuilder out = new StringBuilder(String.format(Locale.UK, "%nLoad test: %d complaints officers for %d s "
                    + "against target/heard.jar on PostgreSQL (%,d cases), a pause of 1 to 3 s between pages; ms:%n",
                    users, seconds, cases));
            out.append(String.format(Locale.UK, "  %-28s %8s %8s %8s %8s %8s%n", "", "requests", "p50", "p95", "p99", "max"));
            byWhat.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(line(e.getKey(), e.getValue())));
            out.append(line("all requests", all));
            out.append(String.format(Locale.UK, "  throughput %.1f requests a second; errors %d%n",
                    all.getTotalCount() / (elapsedNanos / 1e9), errors.get()));
            out.append(String.format(Locale.UK, "  (load average %.1f on %d cores: other work on the machine shows in the times)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            return out.toString();
        }

        private static String line(String what, Histogram h) {
            return String.format(Locale.UK, "  %-28s %8d %8.1f %8.1f %8.1f %8.1f%n", what, h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getMaxValue() / 1e6);
        }
    }
}
