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
 * The learning register: complaints officers keep it; senior managers and responding managers read it and
 * move on the actions given to them; complaints managers keep its themes. The Ombudsman's remedies are
 * officers' work.
 */
class LearningRoutes implements AuthorizationMatrix.Section {

    private static final Set<Who> READERS = and(OFFICERS, of(Who.SENIOR_MANAGER, Who.RESPONDING_MANAGER));

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /learning").allow(READERS);
        routes.route("GET /learning/lessons/new").allow(OFFICERS);
        routes.route("POST /learning/lessons/new").allow(OFFICERS);
        routes.route("GET /learning/lessons/{id}").at("/learning/lessons/{lesson}", READERS);
        routes.route("GET /learning/cases/{reference}/themes").at("/learning/cases/{learningCase}/themes", OFFICERS);
        routes.route("POST /learning/cases/{reference}/themes").at("/learning/cases/{learningCase}/themes", OFFICERS);
        routes.route("GET /learning/actions/new").allow(OFFICERS);
        routes.route("POST /learning/actions/new").allow(OFFICERS);
        routes.route("GET /learning/actions/{id}").at("/learning/actions/{action}", READERS);
        // The action is the responding manager's: they may start it, not reword it.
        routes.route("GET /learning/actions/{id}/{move}")
                .at("/learning/actions/{action}/start", and(OFFICERS, of(Who.RESPONDING_MANAGER)))
                .at("/learning/actions/{action}/wording", OFFICERS);
        routes.route("POST /learning/actions/{id}/{move}")
                .at("/learning/actions/{action}/start", and(OFFICERS, of(Who.RESPONDING_MANAGER)))
                .at("/learning/actions/{action}/wording", OFFICERS);
        routes.route("GET /learning/themes").allow(of(Who.COMPLAINTS_MANAGER));
        routes.route("POST /learning/themes").allow(of(Who.COMPLAINTS_MANAGER));
        routes.route("GET /learning/themes/{id}").at("/learning/themes/{theme}", of(Who.COMPLAINTS_MANAGER));
        routes.route("POST /learning/themes/{id}").at("/learning/themes/{theme}", of(Who.COMPLAINTS_MANAGER));
        routes.route("GET /learning/ombudsman/{reference}").at("/learning/ombudsman/{learningCase}", OFFICERS);
        routes.route("POST /learning/ombudsman/{reference}").at("/learning/ombudsman/{learningCase}", OFFICERS);
        routes.route("GET /learning/ombudsman/{reference}/{id}/comply")
                .at("/learning/ombudsman/{learningCase}/{remedy}/comply", OFFICERS);
        routes.route("POST /learning/ombudsman/{reference}/{id}/comply")
                .at("/learning/ombudsman/{learningCase}/{remedy}/comply", OFFICERS);
    }

    /** A theme, a lesson, an action given to the responding manager, and a case the Ombudsman decided with a remedy. */
    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        String manager = samples.staff(Who.COMPLAINTS_MANAGER).username();
        LocalDate today = LocalDate.now(samples.bean(Clock.class));
        Learning learning = samples.bean(Learning.class);
        CaseReference complaint = LearningFixtures.aComplaint(samples.bean(Casework.class), manager, today.minusDays(60));
        SignedIn.as(manager, () -> {
            long theme = learning.addTheme("Matrix theme " + System.nanoTime()).id();
            long lesson = learning.recordLesson(new NewLesson("Calls were not returned", theme, null, null,
                    List.of(complaint.value())));
            samples.put("theme", theme);
            samples.put("lesson", lesson);
            samples.put("action", learning.raiseAction(new NewAction("Return calls within two days", ActionOrigin.CASES,
                    List.of(complaint.value()), lesson, samples.staff(Who.RESPONDING_MANAGER).id(), today.plusDays(30), null,
                    null)));
            samples.bean(Ombudsman.class).record(new OmbudsmanRecord(complaint, "25 001 234", today.minusDays(20),
                    OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, today.minusDays(10), null, null, null), -1);
            samples.put("remedy", learning.askRemedy(complaint, RemedyKind.APOLOGY, null, "A written apology",
                    today.plusDays(20)));
        });
        samples.put("learningCase", complaint);
    }
}
