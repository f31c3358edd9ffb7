package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An action a Stage 1 answer committed the council to comes into the register on its own; the complaints officer
 * gives it to a team manager with a due date; it is among what is due for reminders; the team manager records it
 * done with evidence; it counts in the period's figures.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AnActionFromAStageOneAnswerIsOwnedRemindedDoneAndCountedTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 5, 4);
    static final LocalDate ANSWERED = LocalDate.of(2026, 5, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    Learning learning;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;

    String officer;
    String manager;
    long managerId;

    @BeforeEach
    void setUp() {
        clock.setDate(RECEIVED);
        officer = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER).member().username();
        var rita = LearningFixtures.aMember(accounts, "Rita Responder", Role.RESPONDING_MANAGER);
        manager = rita.member().username();
        managerId = rita.member().id();
    }

    @Test
    void theActionIsOwnedRemindedDoneWithEvidenceAndCounted() throws Exception {
        JsonNode before = Figures2026.now(mvc, json);
        CaseReference complaint = LearningFixtures.aComplaint(casework, officer, RECEIVED);
        clock.setDate(ANSWERED);
        LearningFixtures.answerStageOne(casework, officer, complaint, ANSWERED,
                "Return calls within two working days " + complaint);

        Action taken = SignedIn.as(officer, () -> learning.actionsOfCase(complaint)).get(0);
        assertThat(taken.origin()).isEqualTo(ActionOrigin.CASE_ANSWER);
        assertThat(taken.status()).isEqualTo(ActionStatus.AGREED);
        assertThat(taken.agreedOn()).isEqualTo(ANSWERED);
        assertThat(taken.cases()).containsExactly(complaint.value());
        assertThat(taken.sourceStage()).isEqualTo(1);
        assertThat(taken.owner()).isNull();
        // Listing the register takes up nothing twice.
        SignedIn.as(officer, () -> learning.register(RegisterQuery.all()));
        assertThat(SignedIn.as(officer, () -> learning.actionsOfCase(complaint))).hasSize(1);

        Visitor olive = new Visitor(mvc, user(officer).roles("COMPLAINTS_OFFICER"));
        MvcResult assigned = olive.post("/learning/actions/" + taken.id() + "/assign", "ownerId", String.valueOf(managerId),
                "dueOn.day", "12", "dueOn.month", "6", "dueOn.year", "2026", "version", String.valueOf(taken.version()));
        assertThat(assigned.getResponse().getRedirectedUrl()).isEqualTo("/learning/actions/" + taken.id());

        clock.setDate(LocalDate.of(2026, 6, 5));
        List<OpenDeadline> dueInAWeek = learning.dueBy(LocalDate.of(2026, 6, 12));
        assertThat(dueInAWeek).filteredOn(d -> d.kind().equals("action") && d.id() == taken.id()).singleElement()
                .satisfies(d -> {
                    assertThat(d.ownerId()).isEqualTo(managerId);
                    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 6, 12));
                    assertThat(d.reference()).isEqualTo(complaint.value());
                    assertThat(d.path()).isEqualTo("/learning/actions/" + taken.id());
                });

        // The team manager sees their own action, and records it done with evidence.
        Visitor rita = new Visitor(mvc, user(manager).roles("RESPONDING_MANAGER"));
        Document page = Visitor.page(rita.get("/learning/actions/" + taken.id()));
        assertThat(page.select("h1").text()).startsWith("Return calls within two working days");
        assertThat(page.select("#action-details").text()).contains("Rita Responder", "12 June 2026", "Agreed");

        MvcResult missing = rita.post("/learning/actions/" + taken.id() + "/complete", "on.day", "5", "on.month", "6",
                "on.year", "2026", "evidence", "", "version", "1");
        assertThat(Visitor.page(missing).select(".govuk-error-summary").text())
                .contains("Enter the evidence that the action was done");

        MvcResult done = rita.post("/learning/actions/" + taken.id() + "/complete", "on.day", "5", "on.month", "6",
                "on.year", "2026", "evidence", "Team meeting minutes of 5 June: call-back rota in place", "version", "1");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/learning/actions/" + taken.id());

        Action finished = SignedIn.as(officer, () -> learning.action(taken.id())).orElseThrow();
        assertThat(finished.status()).isEqualTo(ActionStatus.DONE);
        assertThat(finished.completedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(finished.evidence()).isEqualTo("Team meeting minutes of 5 June: call-back rota in place");
        assertThat(learning.dueBy(LocalDate.of(2026, 6, 12))).noneMatch(d -> d.kind().equals("action") && d.id() == taken.id());
        assertThat(audit.history(new AuditSubject("learning-action", String.valueOf(taken.id()))).stream()
                .map(AuditEvent::action)).contains("assigned", "done");

        // Counted: committed on the answer's day, done on 5 June, due on 12 June and done by then.
        JsonNode after = Figures2026.now(mvc, json);
        assertThat(Figures2026.added(before, after, "/learning/actions/committed")).isEqualTo(1);
        assertThat(Figures2026.added(before, after, "/learning/actions/completed")).isEqualTo(1);
        assertThat(Figures2026.added(before, after, "/learning/actions/completedLate")).isZero();
        assertThat(Figures2026.added(before, after, "/learning/actions/due")).isEqualTo(1);
        assertThat(Figures2026.added(before, after, "/learning/actions/overdue")).isZero();
        assertThat(Figures2026.added(before, after, "/actions/committed")).isEqualTo(1);
    }

    @Test
    void anActionIsDroppedOnlyWithAReasonWhichTheRegisterKeeps() throws Exception {
        CaseReference complaint = LearningFixtures.aComplaint(casework, officer, RECEIVED);
        clock.setDate(ANSWERED);
        LearningFixtures.answerStageOne(casework, officer, complaint, ANSWERED, "Write to every foster carer");
        Action taken = SignedIn.as(officer, () -> learning.actionsOfCase(complaint)).get(0);
        JsonNode before = Figures2026.now(mvc, json);
        Visitor olive = new Visitor(mvc, user(officer).roles("COMPLAINTS_OFFICER"));
        String drop = "/learning/actions/" + taken.id() + "/drop";

        Document refused = Visitor.page(olive.post(drop, "on.day", "15", "on.month", "5", "on.year", "2026",
                "reason", "   ", "version", "0"));
        assertThat(refused.select(".govuk-error-summary").text()).contains("Enter why the action is being dropped");
        assertThat(refused.select("#reason-error").text()).contains("Enter why the action is being dropped");
        assertThat(SignedIn.as(officer, () -> learning.action(taken.id())).orElseThrow().status())
                .isEqualTo(ActionStatus.AGREED);

        olive.post(drop, "on.day", "15", "on.month", "5", "on.year", "2026",
                "reason", "The foster carers' newsletter already does this", "version", "0");
        Action dropped = SignedIn.as(officer, () -> learning.action(taken.id())).orElseThrow();
        assertThat(dropped.status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(dropped.droppedReason()).isEqualTo("The foster carers' newsletter already does this");
        Document page = Visitor.page(olive.get("/learning/actions/" + taken.id()));
        assertThat(page.select("#action-details").text()).contains("Dropped",
                "15 May 2026: The foster carers' newsletter already does this");
        assertThat(Figures2026.added(before, Figures2026.now(mvc, json), "/learning/actions/dropped")).isEqualTo(1);
    }

    @Test
    void someoneElsesActionIsNotShownToATeamManager() throws Exception {
        CaseReference complaint = LearningFixtures.aComplaint(casework, officer, RECEIVED);
        clock.setDate(ANSWERED);
        LearningFixtures.answerStageOne(casework, officer, complaint, ANSWERED, "Share visit notes with parents");
        Action taken = SignedIn.as(officer, () -> learning.actionsOfCase(complaint)).get(0);

        Visitor rita = new Visitor(mvc, user(manager).roles("RESPONDING_MANAGER"));
        assertThat(rita.get("/learning/actions/" + taken.id()).getResponse().getStatus()).isEqualTo(404);
        assertThat(rita.post("/learning/actions/" + taken.id() + "/drop", "on.day", "15", "on.month", "5",
                "on.year", "2026", "reason", "Not mine", "version", "0").getResponse().getStatus()).isEqualTo(404);
    }
}
