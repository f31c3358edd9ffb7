package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import heard.AuthorizationMatrix.Check;
import heard.AuthorizationMatrix.Route;
import heard.AuthorizationMatrix.Routes;
import heard.AuthorizationMatrix.Section;
import heard.AuthorizationMatrix.Who;
import heard.security.NewStaffAccount;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void everyRouteIsInTheTableAndRefusesEveryoneItDoesNotAllow() throws Exception {
        Routes routes = new Routes();
        List<Section> sections = sections();
        sections.forEach(s -> s.routes(routes));

        Set<String> served = served();
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(routes.all().keySet());
        Set<String> gone = new TreeSet<>(routes.all().keySet());
        gone.removeAll(served);
        assertThat(missing).as("Routes Heard serves that the authorization matrix does not name: add each to its module's "
                + "AuthorizationMatrix.Section (docs/security.md, \"The authorization matrix\")").isEmpty();
        assertThat(gone).as("Routes in the authorization matrix that Heard no longer serves").isEmpty();

        clock.setDate(LocalDate.of(2025, 6, 2));
        Map<Who, StaffMember> staff = staff();
        Map<String, String> samples = new HashMap<>();
        AuthorizationMatrix.Samples preparation = new AuthorizationMatrix.Samples() {
            @Override
            public <T> T bean(Class<T> type) {
                return type.isInstance(context) ? type.cast(context) : context.getBean(type);
            }

            @Override
            public StaffMember staff(Who who) {
                return staff.get(who);
            }

            @Override
            public void put(String name, Object value) {
                samples.put(name, String.valueOf(value));
            }
        };
        for (Section section : sections) {
            section.prepare(preparation);
        }

        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedRefusals = new ArrayList<>();
        int calls = 0;
        Map<String, Long> slowest = new HashMap<>();
        for (Route route : routes.all().values()) {
            long started = System.nanoTime();
            assertThat(route.checks()).as(route.key() + " says who may call it").isNotEmpty();
            for (Check check : route.checks()) {
                String address = address(check.address(), samples, route.key());
                // Those refused first, so that an allowed change cannot alter what a refusal is tested on.
                List<Who> order = new ArrayList<>(List.of(Who.values()));
                order.sort((a, b) -> Boolean.compare(check.allowed().contains(a), check.allowed().contains(b)));
                for (Who who : order) {
                    Outcome outcome = call(route.key(), address, staff.get(who));
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
        Matcher params = Pattern.compile("\\[(.*)]$").matcher(key);
        if (params.find()) {
            for (String param : params.group(1).split(", ")) {
                String[] nameValue = param.split("=", 2);
                request.param(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (as != null) {
            request.with(user(as.username()).authorities(as.roles().stream()
                    .map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Outcome(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(), null);
        } catch (Exception failure) {
            // A request that failed in its handler had passed every guard before it: an allow.
            return new Outcome(500, null, failure.getClass().getSimpleName());
        }
    }

    private static String address(String pattern, Map<String, String> samples, String key) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder address = new StringBuilder();
        while (variable.find()) {
            String value = samples.get(variable.group(1));
            assertThat(value).as(key + ": no sample named " + variable.group(1) + " (a section's prepare puts it, "
                    + "or the row gives an address with .at)").isNotNull();
            variable.appendReplacement(address, Matcher.quoteReplacement(value));
        }
        variable.appendTail(address);
        return address.toString();
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

    private Map<Who, StaffMember> staff() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<Who, StaffMember> staff = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            who.role().ifPresent(role -> staff.put(who, accounts.create(new NewStaffAccount(
                    "matrix-" + who.name().toLowerCase().replace('_', '-') + "-" + run,
                    "Matrix " + who.name().toLowerCase().replace('_', ' ') + " " + run, null, Set.of(role), null, true))
                    .member()));
        }
        return staff;
    }

    /** Every {@link Section} on the class path under {@code heard}, the module's own test package holding it. */
    static List<Section> sections() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Section.class));
        Map<String, Section> sections = new LinkedHashMap<>();
        for (var definition : scanner.findCandidateComponents("heard")) {
            Constructor<?> constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
            constructor.setAccessible(true);
            sections.put(definition.getBeanClassName(), (Section) constructor.newInstance());
        }
        return new ArrayList<>(sections.values());
    }
}
