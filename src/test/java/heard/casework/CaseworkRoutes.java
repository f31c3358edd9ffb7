package heard.casework;

import static heard.AuthorizationMatrix.CASE_ROLES;
import static heard.AuthorizationMatrix.OFFICERS;
import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.and;
import static heard.AuthorizationMatrix.of;

import java.time.Clock;
import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;

/**
 * The case pages. Each move's page is checked on a case at the step where the move is open, so that a
 * refusal is the person's, not the case's: responding managers answer and extend Stage 1, senior managers
 * extend, adjudicate and answer later stages, investigators record their report, and only complaints
 * managers accept a late complaint, close, reopen and lift a restriction. Who sees which case is the record-level rule
 * ({@code CaseAccess}): the Stage 1 case is the responding manager's and a young person's (so the children's
 * rights officer's), not yet escalated to a senior manager nor given to an investigator.
 */
class CaseworkRoutes implements AuthorizationMatrix.Section {

    /**
     * The restricted Stage 2 case names the responding manager (Stage 1) and the investigator: they and complaints
     * managers see it; complaints officers, the senior manager and the children's rights officer do not.
     */
    private static final Set<Who> RESTRICTED_CASE_READERS = of(Who.COMPLAINTS_MANAGER, Who.RESPONDING_MANAGER,
            Who.INVESTIGATOR);
    private static final Set<Who> STAGE_ONE_READERS = and(OFFICERS, of(Who.RESPONDING_MANAGER, Who.CHILDRENS_RIGHTS_OFFICER));

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /cases").allow(CASE_ROLES);
        routes.route("GET /cases/new").allow(OFFICERS);
        routes.route("POST /cases/new").allow(OFFICERS);
        routes.route("POST /cases/new [addElement]").allow(OFFICERS);
        routes.route("POST /cases/new [startAgain]").allow(OFFICERS);
        routes.route("GET /cases/new/check").allow(OFFICERS);
        routes.route("POST /cases/new/check").allow(OFFICERS);
        routes.route("GET /cases/{reference}").at("/cases/{stageOneCase}", STAGE_ONE_READERS)
                .at("/cases/{stageTwoCase}", CASE_ROLES)
                .at("/cases/{restrictedCase}", RESTRICTED_CASE_READERS);
        routes.route("GET /settings/complaints").allow(SETTINGS);
        routes.route("POST /settings/complaints").allow(SETTINGS);

        move(routes, "add-note").at("/cases/{stageOneCase}/add-note", STAGE_ONE_READERS)
                .at("/cases/{stageTwoCase}/add-note", CASE_ROLES);
        for (String officers : new String[] {"acknowledge", "allocate", "withdraw", "request-next-stage", "correct-details",
            "change-procedure", "record-adr", "record-cost", "suspend"}) {
            move(routes, officers).at("/cases/{stageOneCase}/" + officers, OFFICERS);
        }
        routes.route("POST /cases/{reference}/correct-details [addElement]")
                .at("/cases/{stageOneCase}/correct-details", OFFICERS);
        move(routes, "extend").at("/cases/{stageOneCase}/extend", and(OFFICERS, of(Who.RESPONDING_MANAGER)))
                .at("/cases/{stageTwoCase}/extend", and(OFFICERS, of(Who.SENIOR_MANAGER)));
        move(routes, "respond").at("/cases/{stageOneCase}/respond", and(OFFICERS, of(Who.RESPONDING_MANAGER)))
                .at("/cases/{panelReportedCase}/respond", and(OFFICERS, of(Who.SENIOR_MANAGER)));
        for (String officers : new String[] {"appoint-investigators", "send-statement", "agree-statement"}) {
            move(routes, officers).at("/cases/{stageTwoCase}/" + officers, OFFICERS);
        }
        move(routes, "record-investigation-report").at("/cases/{stageTwoReportedCase}/record-investigation-report",
                and(OFFICERS, of(Who.INVESTIGATOR)));
        move(routes, "adjudicate").at("/cases/{stageTwoReportedCase}/adjudicate", and(OFFICERS, of(Who.SENIOR_MANAGER)));
        for (String officers : new String[] {"appoint-panel", "hold-panel"}) {
            move(routes, officers).at("/cases/{stageThreeCase}/" + officers, OFFICERS);
        }
        move(routes, "record-panel-report").at("/cases/{panelHeldCase}/record-panel-report", OFFICERS);
        move(routes, "resume").at("/cases/{suspendedCase}/resume", OFFICERS);
        move(routes, "answer-representation").at("/cases/{representationCase}/answer-representation", OFFICERS);
        move(routes, "close").at("/cases/{answeredCase}/close", of(Who.COMPLAINTS_MANAGER));
        move(routes, "reopen").at("/cases/{closedCase}/reopen", of(Who.COMPLAINTS_MANAGER));
        move(routes, "restrict").at("/cases/{stageOneCase}/restrict", OFFICERS);
        move(routes, "lift-restriction").at("/cases/{restrictedCase}/lift-restriction", of(Who.COMPLAINTS_MANAGER));
        move(routes, "accept-late-complaint").at("/cases/{lateCase}/accept-late-complaint", of(Who.COMPLAINTS_MANAGER));
    }

    /** A move's form and its answer are checked alike. */
    private static MovePages move(AuthorizationMatrix.Routes routes, String slug) {
        return new MovePages(routes.route("GET /cases/{reference}/" + slug), routes.route("POST /cases/{reference}/" + slug));
    }

    private record MovePages(AuthorizationMatrix.Route form, AuthorizationMatrix.Route answer) {

        MovePages at(String address, Set<Who> allowed) {
            form.at(address, allowed);
            answer.at(address, allowed);
            return this;
        }
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        CasesAtEveryStep cases = new CasesAtEveryStep(samples.bean(Casework.class), samples.bean(Clock.class),
                samples.staff(Who.COMPLAINTS_MANAGER).username());
        CasesAtEveryStep.People people = new CasesAtEveryStep.People(samples.staff(Who.RESPONDING_MANAGER).id(),
                samples.staff(Who.INVESTIGATOR).id(), samples.staff(Who.INVESTIGATOR).id(), samples.staff(Who.SENIOR_MANAGER).id());
        CasesAtEveryStep.About young = CasesAtEveryStep.About.aYoungPerson();
        samples.put("stageOneCase", cases.stageOne(young, people));
        samples.put("answeredCase", cases.answered(young, people));
        samples.put("closedCase", cases.closed(young, people));
        samples.put("stageTwoCase", cases.stageTwo(young, people));
        samples.put("stageTwoReportedCase", cases.stageTwoReported(young, people));
        samples.put("stageThreeCase", cases.stageThree(young, people));
        samples.put("panelHeldCase", cases.panelHeld(young, people));
        samples.put("panelReportedCase", cases.panelReported(young, people));
        samples.put("suspendedCase", cases.suspended(young, people));
        samples.put("lateCase", cases.late(young));
        samples.put("representationCase", cases.representation(young));
        samples.put("restrictedCase", cases.restricted(cases.stageTwo(young, people)));
    }
}
