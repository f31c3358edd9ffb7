package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import heard.AuthorizationMatrix.Check;
import heard.AuthorizationMatrix.Route;
import heard.AuthorizationMatrix.Who;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * No request a client can send is answered with a server error (ASVS 16.5.3, and the brief's "bad input always
 * gets a clear message"): every POST route in the authorization matrix is sent, as a person the matrix allows
 * and with a valid CSRF token, its own form as the page shows it and then that form with each field missing,
 * empty, far too long, of the wrong type or an unknown choice, plus unknown fields and a mistyped address. The
 * count is bounded (at most {@value #MOST_PER_ROUTE} requests a route, the same every run). None may answer
 * 5xx, and a request that is refused (4xx, or its form shown again) may change no row.
 */
@DatabaseTest(properties = "heard.test.context=client-faults")
@DirtiesContext
@AutoConfigureMockMvc
class NoRequestAClientCanSendIsAnsweredWithAServerErrorTest {

    static final int MOST_PER_ROUTE = 24;

    /** What the fuzz puts in a field, in turn. */
    static final List<String> BAD_VALUES = List.of("", "x".repeat(10_000), "not-a-number", "NO_SUCH_CHOICE", "-1",
            "99999999999999999999", "32", "\u0000\u202e<script>", "3.5");

    /** Tables a refused request may write: the audit trail (which records refusals), sessions, sign-in attempts. */
    static final Set<String> MAY_CHANGE_WHEN_REFUSED = Set.of("audit_event", "spring_session", "spring_session_attributes",
            "flyway_schema_history", "scheduled_tasks");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPostRouteAnswersEveryMalformedFormWithoutAServerErrorAndARefusalChangesNothing() throws Exception {
        MatrixRun matrix = MatrixRun.prepare(context, "fuzz");
        Map<Who, StaffMember> staff = matrix.staff();
        String fingerprintSql = fingerprintSql();

        List<String> serverErrors = new ArrayList<>();
        List<String> changedWhenRefused = new ArrayList<>();
        int requests = 0;
        for (Route route : matrix.routes().all().values()) {
            if (!route.key().startsWith("POST ")) {
                continue;
            }
            for (Check check : route.checks()) {
                if (check.allowed().isEmpty()) {
                    continue;
                }
                // Someone the row allows: the complaints manager where they may, who may most.
                StaffMember as = check.allowed().contains(Who.COMPLAINTS_MANAGER) ? staff.get(Who.COMPLAINTS_MANAGER)
                        : check.allowed().stream().findFirst().map(staff::get).orElse(null);
                String address = matrix.address(check.address(), route.key());
                List<Map<String, List<String>>> bodies = bodies(route.key(), formOf(address, as));
                String before = jdbc.sql(fingerprintSql).query(String.class).list().toString();
                for (int i = 0; i < bodies.size(); i++) {
                    String path = i == 1 ? mistyped(address) : address;
                    Answer answer = post(path, bodies.get(i), as);
                    requests++;
                    String line = route.key() + " at " + path + " with " + describe(bodies.get(i)) + ": " + answer;
                    if (answer.status() >= 500) {
                        serverErrors.add(line);
                    }
                    String after = jdbc.sql(fingerprintSql).query(String.class).list().toString();
                    if (answer.refused() && !after.equals(before)) {
                        changedWhenRefused.add(line + " changed " + difference(before, after));
                    }
                    before = after;
                }
            }
        }
        System.out.printf("Client faults: %d POST requests, %d answered 5xx, %d refused requests changed a row%n",
                requests, serverErrors.size(), changedWhenRefused.size());
        assertThat(String.join("\n", serverErrors) + "\n" + String.join("\n", changedWhenRefused))
                .as("%d answered 5xx, then %d refused but changed a row", serverErrors.size(), changedWhenRefused.size())
                .isBlank();
    }

    /** A request's answer: its status, whether it refused (4xx, or the form again with its errors), what failed. */
    record Answer(int status, boolean refused, String failure) {

        @Override
        public String toString() {
            return failure != null ? "failed: " + failure : String.valueOf(status);
        }
    }

    private Answer post(String address, Map<String, List<String>> body, StaffMember as) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(address).with(csrf());
        body.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        request.with(MatrixRun.as(as));
        try {
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            boolean formAgain = status == 200 && result.getResponse().getContentAsString().contains("govuk-error-summary");
            return new Answer(status, status >= 400 || formAgain, null);
        } catch (Exception failure) {
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return new Answer(500, false, root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage())
                    .lines().findFirst().orElse(""));
        }
    }

    /**
     * The bodies sent to one route: nothing at all; the form as shown, to a mistyped address; the form as shown;
     * then each field in turn bad in two ways (missing, empty, too long, the wrong type, an unknown choice), and the
     * form with an unknown field and a field given twice, up to {@value #MOST_PER_ROUTE}.
     */
    static List<Map<String, List<String>>> bodies(String key, Map<String, List<String>> form) {
        Map<String, List<String>> shown = new LinkedHashMap<>(form);
        MatrixRun.requiredParams(key).forEach((name, value) -> shown.putIfAbsent(name, List.of(value)));
        List<Map<String, List<String>>> bodies = new ArrayList<>();
        bodies.add(new LinkedHashMap<>());
        bodies.add(shown);
        bodies.add(shown);
        List<String> fields = new ArrayList<>(shown.keySet());
        for (int i = 0; i < fields.size() && bodies.size() < MOST_PER_ROUTE - 2; i++) {
            for (int k = 0; k < 2; k++) {
                Map<String, List<String>> bad = new LinkedHashMap<>(shown);
                int kind = (2 * i + k) % (BAD_VALUES.size() + 1);
                if (kind == BAD_VALUES.size()) {
                    bad.remove(fields.get(i));
                } else {
                    bad.put(fields.get(i), List.of(BAD_VALUES.get(kind)));
                }
                bodies.add(bad);
            }
        }
        Map<String, List<String>> unknown = new LinkedHashMap<>(shown);
        unknown.put("notAField", List.of("1"));
        unknown.put("caseForm.class.classLoader", List.of("x"));
        bodies.add(unknown);
        if (!fields.isEmpty()) {
            Map<String, List<String>> twice = new LinkedHashMap<>(shown);
            twice.put(fields.get(0), List.of("1", "2"));
            bodies.add(twice);
        }
        return bodies.subList(0, Math.min(bodies.size(), MOST_PER_ROUTE));
    }

    /** The address with each part that is a number made a word: an id of the wrong type. */
    private static String mistyped(String address) {
        return address.replaceAll("/\\d+(?=/|$)", "/not-an-id");
    }

    /** The fields of the form that posts to this address, as the page that shows it fills them in. */
    private Map<String, List<String>> formOf(String address, StaffMember as) throws Exception {
        for (String page : List.of(address, address.replaceAll("/(rename|close|reopen|remove|confirm|cancel|comply)$", ""),
                address + "/new", address.replaceAll("/[^/]+$", ""))) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(page).with(MatrixRun.as(as));
            MvcResult result;
            try {
                result = mvc.perform(request).andReturn();
            } catch (Exception failed) {
                continue;
            }
            if (result.getResponse().getStatus() != 200) {
                continue;
            }
            Document document = Jsoup.parse(result.getResponse().getContentAsString());
            for (Element form : document.select("form[method=post]")) {
                String action = form.attr("action").isEmpty() ? page : form.attr("action").replaceAll("\\?.*", "");
                if (action.equals(address)) {
                    Map<String, List<String>> fields = new LinkedHashMap<>();
                    ((org.jsoup.nodes.FormElement) form).formData().forEach(kv -> {
                        if (!kv.key().equals("_csrf")) {
                            fields.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
                        }
                    });
                    return fields;
                }
            }
        }
        return Map.of();
    }

    /** One query giving, for each table, its rows and the sum of its versions: what a change would move. */
    private String fingerprintSql() {
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT LOWER(table_name) AS t, LOWER(column_name) AS c FROM information_schema.columns
                WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)""").query().listOfRows();
        Map<String, Set<String>> tables = columns.stream().collect(Collectors.groupingBy(r -> (String) r.get("t"),
                java.util.TreeMap::new, Collectors.mapping(r -> (String) r.get("c"), Collectors.toSet())));
        return tables.entrySet().stream().filter(e -> !MAY_CHANGE_WHEN_REFUSED.contains(e.getKey()))
                .map(e -> "SELECT '" + e.getKey() + ":' || COUNT(*) || ':' || "
                        + (e.getValue().contains("version") ? "COALESCE(SUM(version), 0)" : "0") + " FROM " + e.getKey())
                .collect(Collectors.joining(" UNION ALL "));
    }

    private static String difference(String before, String after) {
        Set<String> was = Set.of(before.substring(1, before.length() - 1).split(", "));
        return java.util.Arrays.stream(after.substring(1, after.length() - 1).split(", ")).filter(t -> !was.contains(t))
                .toList().toString();
    }

    private static String describe(Map<String, List<String>> body) {
        String text = body.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().stream()
                .map(v -> v.length() > 20 ? v.substring(0, 8) + "...(" + v.length() + ")" : v).toList())
                .collect(Collectors.joining("&"));
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
