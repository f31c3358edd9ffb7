package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.CasesAtEveryStep;
import heard.casework.CasesAtEveryStep.About;
import heard.casework.CasesAtEveryStep.People;
import heard.casework.Casework;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.publicform.ASubmissionWithAFile;
import heard.security.AccessLog;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ASVS 16.3.2: a responding manager opens their own case (allowed), and is refused another team's case, a
 * settings page their role does not open, and (signed out) any page; a complaints manager downloads a file a
 * member of the public sent. Each decision is a line of the access log ({@value AccessLog#LOGGER}) saying who,
 * their roles, the method, the route and the decision, without the query string; the view, each refusal and
 * the download are in the audit trail.
 */
@DatabaseTest
@AutoConfigureMockMvc
class EveryAuthorizationDecisionIsLoggedAndEachSensitiveAccessAuditedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    Casework casework;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    StaffMember manager;
    StaffMember responder;
    CaseReference ours;
    CaseReference theirs;

    @BeforeEach
    void twoCasesAndACapturedAccessLog() {
        clock.setDate(LocalDate.of(2025, 6, 2));
        ServiceArea area = organisation.addServiceArea("Area " + run);
        Team north = organisation.addTeam(area.id(), "North " + run, LocalDate.of(2020, 1, 1));
        Team south = organisation.addTeam(area.id(), "South " + run, LocalDate.of(2020, 1, 1));
        manager = staff("clare", Role.COMPLAINTS_MANAGER, null);
        responder = staff("rita", Role.RESPONDING_MANAGER, north.id());
        StaffMember other = staff("ron", Role.RESPONDING_MANAGER, south.id());
        StaffMember investigator = staff("ivan", Role.INVESTIGATOR, null);
        StaffMember senior = staff("sue", Role.SENIOR_MANAGER, null);
        CasesAtEveryStep cases = new CasesAtEveryStep(casework, clock, manager.username());
        ours = cases.stageTwo(About.aParent(north.id()), new People(responder.id(), investigator.id(), investigator.id(), senior.id()));
        theirs = cases.stageTwo(About.aParent(south.id()), new People(other.id(), investigator.id(), investigator.id(), senior.id()));
        // Tests log warnings only (logback-test.xml): the access log's lines are INFO, captured here alone.
        Logger log = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
        lines.start();
        log.addAppender(lines);
        log.setLevel(Level.INFO);
        log.setAdditive(false);
    }

    @AfterEach
    void stopCapturing() {
        Logger log = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
        log.detachAppender(lines);
        log.setLevel(null);
        log.setAdditive(true);
    }

    @Test
    void an_allowed_and_a_refused_request_each_leave_a_log_line_and_an_audit_row() throws Exception {
        Visitor rita = visitor(responder);
        String who = "user=" + responder.username() + " roles=RESPONDING_MANAGER";

        assertThat(rita.get("/cases/" + ours.value() + "?q=Pat+Parent").getResponse().getStatus()).isEqualTo(200);
        assertThat(logged()).anySatisfy(line -> assertThat(line).startsWith("decision=ALLOWED " + who + " method=GET")
                        .contains("route=/cases/{reference}", "path=/cases/" + ours.value() + " rule=method:", " at="))
                .anySatisfy(line -> assertThat(line).startsWith("decision=ALLOWED " + who)
                        .contains("rule=record:case " + ours.value()))
                .noneSatisfy(line -> assertThat(line).containsAnyOf("Pat", "q="));
        assertThat(audit.history(new AuditSubject("case", ours.value()))).extracting(AuditEvent::action, AuditEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("viewed", responder.username()));

        lines.list.clear();
        assertThat(rita.get("/cases/" + theirs.value()).getResponse().getStatus()).isEqualTo(404);
        assertThat(logged()).anySatisfy(line -> assertThat(line).startsWith("decision=REFUSED " + who + " method=GET")
                .contains("route=/cases/{reference}", "rule=record:case " + theirs.value()));
        assertThat(audit.history(new AuditSubject("case", theirs.value()))).extracting(AuditEvent::action, AuditEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("refused", responder.username()));

        lines.list.clear();
        assertThat(rita.get("/settings/retention").getResponse().getStatus()).isEqualTo(403);
        assertThat(logged()).anySatisfy(line -> assertThat(line).startsWith("decision=REFUSED " + who + " method=GET")
                .contains("route=/settings/retention", "rule=method:RetentionSettingsController.show"));
        assertThat(audit.history(new AuditSubject("request", "GET /settings/retention")))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("refused", responder.username()));

        lines.list.clear();
        assertThat(new Visitor(mvc).get("/cases/" + ours.value()).getResponse().getStatus()).isEqualTo(302);
        assertThat(logged()).anySatisfy(line -> assertThat(line)
                .startsWith("decision=REFUSED user=anonymous roles=- method=GET").contains("rule=address"));
    }

    @Test
    void a_file_the_public_sent_is_audited_when_downloaded() throws Exception {
        ASubmissionWithAFile letter = ASubmissionWithAFile.sent(context);
        assertThat(visitor(manager).get(letter.fileAddress()).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'file downloaded' AND actor = :me")
                .param("me", manager.username()).query(Long.class).single()).isOne();
        assertThat(logged()).anySatisfy(line -> assertThat(line).startsWith("decision=ALLOWED user=" + manager.username()));
    }

    private List<String> logged() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private StaffMember staff(String name, Role role, Long teamId) {
        return accounts.create(new NewStaffAccount(name + "-" + run, name + " " + run, null, Set.of(role), teamId, true))
                .member();
    }

    private Visitor visitor(StaffMember member) {
        return Visitor.signedInAs(mvc, member);
    }
}
