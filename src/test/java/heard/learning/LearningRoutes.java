package heard.learning;

import static heard.AuthorizationMatrix.OFFICERS;
import static heard.AuthorizationMatrix.and;
import static heard.AuthorizationMatrix.of;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.testing.SignedIn;

/**
 * The learning register: complaints officers keep it, senior managers read it, and a team manager sees the actions
 * given to them and records their progress (the sample action is the matrix's team manager's). Only the complaints
 * manager keeps the themes and words an action for the public report; the Ombudsman's remedies are officers' work.
 */
class LearningRoutes implements AuthorizationMatrix.Section {

    private static final Set<Who> READERS = and(OFFICERS, of(Who.SENIOR_MANAGER));
    private static final Set<Who> OWNER_AND_OFFICERS = and(OFFICERS, of(Who.RESPONDING_MANAGER));
    private static final Set<Who> MANAGER = of(Who.COMPLAINTS_MANAGER);

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /learning").allow(and(READERS, of(Who.RESPONDING_MANAGER)))
                .because("a team manager sees the actions given to them");
        routes.route("GET /learning/lessons/new").allow(OFFICERS);
        routes.route("POST /learning/lessons/new").allow(OFFICERS);
        routes.route("GET /learning/lessons/{id}").at("/learning/lessons/{lesson}", READERS);
        both(routes, "/learning/lessons/{id}/edit", "/learning/lessons/{lesson}/edit", OFFICERS);
        routes.route("GET /learning/export/actions").allow(and(READERS, of(Who.RESPONDING_MANAGER)))
                .because("a team manager downloads the actions given to them, as the register shows them");
        routes.route("GET /learning/export/lessons").allow(READERS);
        routes.route("GET /learning/export/remedies").allow(READERS);
        routes.route("GET /learning/cases/{reference}/themes").at("/learning/cases/{learningCase}/themes", OFFICERS);
        routes.route("POST /learning/cases/{reference}/themes").at("/learning/cases/{learningCase}/themes", OFFICERS);
        routes.route("GET /learning/actions/new").allow(OFFICERS);
        routes.route("POST /learning/actions/new").allow(OFFICERS);
        routes.route("GET /learning/actions/{id}").at("/learning/actions/{action}", and(READERS, of(Who.RESPONDING_MANAGER)));
        for (String move : List.of("assign", "drop")) {
            both(routes, "/learning/actions/{id}/" + move, "/learning/actions/{action}/" + move, OFFICERS);
        }
        for (String move : List.of("start", "complete")) {
            both(routes, "/learning/actions/{id}/" + move, "/learning/actions/{action}/" + move, OWNER_AND_OFFICERS);
        }
        both(routes, "/learning/actions/{id}/wording", "/learning/actions/{action}/wording", MANAGER);
        both(routes, "/learning/ombudsman/{reference}", "/learning/ombudsman/{learningCase}", OFFICERS);
        both(routes, "/learning/ombudsman/{reference}/{id}/edit", "/learning/ombudsman/{learningCase}/{remedy}/edit",
                OFFICERS);
        both(routes, "/learning/ombudsman/{reference}/{id}/comply", "/learning/ombudsman/{learningCase}/{remedy}/comply",
                OFFICERS);
        both(routes, "/learning/themes", "/learning/themes", MANAGER);
        both(routes, "/learning/themes/{id}", "/learning/themes/{theme}", MANAGER);
    }

    /** A page and its form's answer, checked alike. */
    private static void both(AuthorizationMatrix.Routes routes, String pattern, String address, Set<Who> allowed) {
        routes.route("GET " + pattern).at(address, allowed);
        routes.route("POST " + pattern).at(address, allowed);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        LocalDate today = LocalDate.now(samples.bean(Clock.class));
        String officer = samples.staff(Who.COMPLAINTS_OFFICER).username();
        Learning learning = samples.bean(Learning.class);
        CaseReference complaint = LearningFixtures.aComplaint(samples.bean(Casework.class), officer, today.minusDays(20));
        samples.bean(Ombudsman.class).record(new OmbudsmanRecord(complaint, null, today.minusDays(10),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, today.minusDays(1), null, null, null), -1);
        samples.put("learningCase", complaint.value());
        SignedIn.as(officer, () -> {
            long lesson = learning.recordLesson(new NewLesson("Calls were not returned", learning.themes().get(0).id(),
                    null, null, List.of(complaint.value())));
            samples.put("lesson", lesson);
            samples.put("action", learning.raiseAction(new NewAction("Return calls within two working days",
                    ActionOrigin.CASES, List.of(complaint.value()), lesson, samples.staff(Who.RESPONDING_MANAGER).id(),
                    today.plusDays(30), null, null)));
            samples.put("remedy", learning.askRemedy(complaint, RemedyKind.APOLOGY, null, null, today.plusDays(20)));
            samples.put("theme", learning.themes().get(0).id());
        });
    }
}
