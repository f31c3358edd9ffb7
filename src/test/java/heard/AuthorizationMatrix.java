package heard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.security.Role;
import heard.security.StaffMember;

/**
 * Who may call each route of Heard: the table {@link EveryRouteAnswersOnlyWhomItsTableAllowsTest} holds
 * the running application to. Each module's rows are in a {@link Section} of its own, in the module's test
 * package ({@code heard.casework.CaseworkRoutes}, ...), found by the test; a route the application
 * serves that no section names fails the test. How to add a route: docs/security.md, "The authorization
 * matrix".
 */
public final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** Someone calling a route: nobody signed in, or a member of staff holding one role. */
    public enum Who {
        ANONYMOUS, COMPLAINTS_OFFICER, COMPLAINTS_MANAGER, RESPONDING_MANAGER, SENIOR_MANAGER, CHILDRENS_RIGHTS_OFFICER,
        INVESTIGATOR, ADMINISTRATOR;

        public Optional<Role> role() {
            return this == ANONYMOUS ? Optional.empty() : Optional.of(Role.valueOf(name()));
        }
    }

    /** Everyone, signed in or not: the public form, the sign-in page. */
    public static final Set<Who> EVERYONE = Collections.unmodifiableSet(EnumSet.allOf(Who.class));
    /** Any member of staff, whatever their role. */
    public static final Set<Who> STAFF = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS)));
    /** Complaints officers and managers (whose role includes the officer's). */
    public static final Set<Who> OFFICERS = of(Who.COMPLAINTS_OFFICER, Who.COMPLAINTS_MANAGER);
    /** Everyone whose role lets them see some cases (the case decides which). */
    public static final Set<Who> CASE_ROLES = of(Who.COMPLAINTS_OFFICER, Who.COMPLAINTS_MANAGER, Who.RESPONDING_MANAGER,
            Who.SENIOR_MANAGER, Who.CHILDRENS_RIGHTS_OFFICER, Who.INVESTIGATOR);
    /** Who reads reports, the dashboard and the records behind a figure. */
    public static final Set<Who> REPORT_READERS = of(Who.COMPLAINTS_OFFICER, Who.COMPLAINTS_MANAGER, Who.SENIOR_MANAGER);
    /** Who keeps the council's settings: the administrator and the complaints manager. */
    public static final Set<Who> SETTINGS = of(Who.COMPLAINTS_MANAGER, Who.ADMINISTRATOR);
    public static final Set<Who> NOBODY = Set.of();

    public static Set<Who> of(Who... who) {
        return Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(who)));
    }

    /** These and those: {@code and(OFFICERS, of(Who.RESPONDING_MANAGER))}. */
    @SafeVarargs
    public static Set<Who> and(Set<Who>... sets) {
        EnumSet<Who> all = EnumSet.noneOf(Who.class);
        Arrays.stream(sets).forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    /**
     * One module's rows of the table. An implementation is a class in the module's test package with a
     * constructor taking nothing; the matrix test finds it on the class path.
     */
    public interface Section {

        /** The module's routes and who may call each. */
        void routes(Routes routes);

        /**
         * Makes the records the rows' addresses name (a team, a case at Stage 2, ...) in the test's database,
         * and puts their keys in {@code samples} under the names the addresses use. Runs once, before any call.
         */
        default void prepare(Samples samples) throws Exception {
        }
    }

    /** What a section's preparation has: the application's beans, a member of staff for each role, and the samples. */
    public interface Samples {

        <T> T bean(Class<T> type);

        /** The member of staff the matrix calls as, for this role. */
        StaffMember staff(Who who);

        /** A name an address uses in braces, {@code /settings/teams/{team}}, and its value. */
        void put(String name, Object value);
    }

    /** The table's rows, each a route as Spring names it: {@code GET /cases/{reference}}. */
    public static final class Routes {

        private final Map<String, Route> routes = new LinkedHashMap<>();

        /**
         * A route: its method and path pattern as the handler mapping has them, one alternative of a
         * {@code {name:a|b}} pattern at a time ({@code POST /cases/{reference}/acknowledge}), and in square
         * brackets any parameter its mapping requires ({@code POST /cases/new [addElement]}).
         */
        public Route route(String key) {
            if (routes.containsKey(key)) {
                throw new IllegalStateException("The matrix names " + key + " twice");
            }
            Route route = new Route(key);
            routes.put(key, route);
            return route;
        }

        Map<String, Route> all() {
            return routes;
        }
    }

    /** A route and who may call it, at one or more addresses. */
    public static final class Route {

        private final String key;
        private final List<Check> checks = new ArrayList<>();
        private String why;

        Route(String key) {
            this.key = key;
        }

        /** Who may call the route at its own pattern, whose braces name samples ({@code {team}}) or are filled with {@code 1}. */
        public Route allow(Set<Who> allowed) {
            return at(key.substring(key.indexOf(' ') + 1).replaceFirst(" \\[.*]$", ""), allowed);
        }

        /**
         * Who may call the route at this address, whose braces name samples: {@code /cases/{stageOneCase}/respond}.
         * A route that record-level rules guard is checked at addresses where each role's answer differs.
         */
        public Route at(String address, Set<Who> allowed) {
            checks.add(new Check(address, allowed));
            return this;
        }

        /** Why these people, where it is not plain from the route. */
        public Route because(String reason) {
            this.why = reason;
            return this;
        }

        String key() {
            return key;
        }

        List<Check> checks() {
            return checks;
        }

        String why() {
            return why;
        }
    }

    /** One address of a route and who may call it there. */
    record Check(String address, Set<Who> allowed) {
    }
}
