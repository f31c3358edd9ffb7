package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.AuthorizationMatrix.Check;
import heard.AuthorizationMatrix.Route;
import heard.AuthorizationMatrix.Routes;
import heard.AuthorizationMatrix.Who;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The authorization matrix (ASVS 8.1.1, 8.2.1, 8.2.2): every route the running application serves, found in
 * its handler mappings, is in the table ({@link AuthorizationMatrix}); each is called as each role and as
 * nobody signed in, and answers only those the table allows. A refusal is 403, 404 (a record or a move
 * that does not exist for that person) or being sent to sign in; anything else is an allow. A context and
 * database of its own, closed after it, as it leaves records of every kind behind for tests that count theirs.
 */
@DatabaseTest(properties = "heard.test.context=authorization-matrix")
@DirtiesContext
@AutoConfigureMockMvc
class EveryRouteAnswersOnlyWhomItsTableAllowsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void everyRouteIsInTheTableAndRefusesEveryoneItDoesNotAllow() throws Exception {
        MatrixRun matrix = MatrixRun.prepare(context, "matrix");
        Routes routes = matrix.routes();
        Set<String> served = served();
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(routes.all().keySet());
        Set<String> gone = new TreeSet<>(routes.all().keySet());
        gone.removeAll(served);
        assertThat(missing).as("Routes Heard serves that the authorization matrix does not name: add each to its module's "
                + "AuthorizationMatrix.Section (docs/security.md, \"The authorization matrix\")").isEmpty();
        assertThat(gone).as("Routes in the authorization matrix that Heard no longer serves").isEmpty();

        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedRefusals = new ArrayList<>();
        int calls = 0;
        Map<String, Long> slowest = new HashMap<>();
        for (Route route : routes.all().values()) {
            long started = System.nanoTime();
            assertThat(route.checks()).as(route.key() + " says who may call it").isNotEmpty();
            for (Check check : route.checks()) {
                String address = matrix.address(check.address(), route.key());
                // Those refused first, so that an allowed change cannot alter what a refusal is tested on.
                List<Who> order = new ArrayList<>(List.of(Who.values()));
                order.sort((a, b) -> Boolean.compare(check.allowed().contains(a), check.allowed().contains(b)));
                for (Who who : order) {
                    Outcome outcome = call(route.key(), address, matrix.staff().get(who));
                    calls++;
                    String line = route.key() + " at " + address + " as " + who + ": " + outcome;
                    if (check.allowed().contains(who) && outcome.refused()) {
                        unexpectedRefusals.add(line);
                    } else if (!check.allowed().contains(who) && !outcome.refused()) {
                        unexpectedAllows.add(line);
                    }
                }
            }
            slowest.put(route.key(), (System.nanoTime() - started) / 1_000_000);
        }
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("  " + e.getValue() + " ms " + e.getKey()));
        System.out.printf("Authorization matrix: %d routes, %d roles and anonymous, %d calls%n", routes.all().size(),
                Who.values().length - 1, calls);
        assertThat(String.join("\n", unexpectedAllows) + "\n" + String.join("\n", unexpectedRefusals))
                .as("%d unexpected allows, then %d unexpected refusals", unexpectedAllows.size(), unexpectedRefusals.size())
                .isBlank();
    }

    /** What a call came to: its status, or the exception it ended in after passing every guard. */
    record Outcome(int status, String location, String failure) {

        boolean refused() {
            return failure == null && (status == 401 || status == 403 || status == 404
                    || location != null && URI.create(location).getPath().equals("/sign-in"));
        }

        @Override
        public String toString() {
            return failure != null ? "failed with " + failure : status + (location == null ? "" : " to " + location);
        }
    }

    private Outcome call(String key, String address, StaffMember as) {
        String method = key.substring(0, key.indexOf(' '));
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? MockMvcRequestBuilders.post(address).with(csrf())
                : MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(
                        "ANY".equals(method) ? "GET" : method), address);
        MatrixRun.requiredParams(key).forEach(request::param);
        request.with(MatrixRun.as(as));
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Outcome(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(), null);
        } catch (Exception failure) {
            // A request that failed in its handler had passed every guard before it: an allow.
            return new Outcome(500, null, failure.getClass().getSimpleName());
        }
    }

    /** Each route the handler mappings hold, one alternative of a {@code {name:a|b}} at a time. */
    private Set<String> served() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> params = info.getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated())
                        .map(EveryRouteAnswersOnlyWhomItsTableAllowsTest::param).sorted().toList();
                String suffix = params.isEmpty() ? "" : " [" + String.join(", ", params) + "]";
                for (String pattern : info.getPatternValues()) {
                    for (String path : alternatives(pattern)) {
                        if (methods.isEmpty()) {
                            keys.add("ANY " + path + suffix);
                        }
                        methods.forEach(m -> keys.add(m.name() + " " + path + suffix));
                    }
                }
            }
        }
        return keys;
    }

    private static String param(NameValueExpression<String> expression) {
        return expression.getValue() == null ? expression.getName() : expression.getName() + "=" + expression.getValue();
    }

    /** {@code /cases/{reference}/{move:acknowledge|close}} is two routes, one for each move. */
    static List<String> alternatives(String pattern) {
        Matcher variable = Pattern.compile("\\{[^}:]+:([a-z-]+(?:\\|[a-z-]+)+)}").matcher(pattern);
        if (!variable.find()) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String choice : variable.group(1).split("\\|")) {
            paths.addAll(alternatives(pattern.substring(0, variable.start()) + choice + pattern.substring(variable.end())));
        }
        return paths;
    }
}
