package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.CasesAtEveryStep;
import heard.casework.CasesAtEveryStep.About;
import heard.casework.CasesAtEveryStep.People;
import heard.casework.Casework;
import heard.organisation.OrganisationSettings;
import heard.publicform.ASubmissionWithAFile;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Record-level access (ASVS 8.2.2, 8.3.2): a responding manager, an investigating officer, an independent
 * person and a children's rights officer each reach the case they have a part in, and are refused one they
 * have none in however they ask for it: by its reference, by the case list's search and filters, by the
 * records behind a report's figure, by the case log export, and by a file the public sent. A case reallocated
 * away from a responding manager is refused at their very next request. Each refusal of a case is in the audit trail.
 */
@DatabaseTest
@AutoConfigureMockMvc
class NobodyReachesACaseTheyHaveNoPartInTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

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

    final String run = UUID.randomUUID().toString().substring(0, 8);
    StaffMember manager;
    StaffMember responder;
    StaffMember otherResponder;
    StaffMember investigator;
    StaffMember independentPerson;
    StaffMember otherInvestigator;
    StaffMember childrensRightsOfficer;
    StaffMember senior;
    Team north;
    Team south;
    CasesAtEveryStep cases;
    CaseReference ours;
    CaseReference theirs;

    @BeforeEach
    void twoCasesAtStageTwo() {
        clock.setDate(TODAY);
        ServiceArea area = organisation.addServiceArea("Area " + run);
        north = organisation.addTeam(area.id(), "North " + run, LocalDate.of(2020, 1, 1));
        south = organisation.addTeam(area.id(), "South " + run, LocalDate.of(2020, 1, 1));
        manager = staff("clare", Role.COMPLAINTS_MANAGER, null);
        responder = staff("rita", Role.RESPONDING_MANAGER, north.id());
        otherResponder = staff("ron", Role.RESPONDING_MANAGER, south.id());
        investigator = staff("ivan", Role.INVESTIGATOR, null);
        independentPerson = staff("ida", Role.INVESTIGATOR, null);
        otherInvestigator = staff("oscar", Role.INVESTIGATOR, null);
        childrensRightsOfficer = staff("cora", Role.CHILDRENS_RIGHTS_OFFICER, null);
        senior = staff("sue", Role.SENIOR_MANAGER, null);
        cases = new CasesAtEveryStep(casework, clock, manager.username());
        // Ours: a young person's, in the responding manager's team, the investigator and independent person appointed.
        ours = cases.stageTwo(new About(heard.casework.ComplainantRole.YOUNG_PERSON, heard.casework.Advocacy.USED, north.id()),
                new People(responder.id(), investigator.id(), independentPerson.id(), senior.id()));
        // Theirs: a parent's without an advocate, another team's, answered by another manager, investigated by others.
        theirs = cases.stageTwo(About.aParent(south.id()),
                new People(otherResponder.id(), otherInvestigator.id(), otherInvestigator.id(), senior.id()));
    }

    @Test
    void eachIsRefusedTheCaseTheyHaveNoPartInByReferenceListDrillDownExportAndAttachment() throws Exception {
        ASubmissionWithAFile letter = ASubmissionWithAFile.sent(context);
        assertThat(status(visitor(manager).get(letter.fileAddress()))).as("the file is there").isEqualTo(200);
        for (StaffMember person : List.of(responder, investigator, independentPerson, childrensRightsOfficer)) {
            Visitor visitor = visitor(person);
            String who = person.username();

            assertThat(status(visitor.get("/cases/" + ours))).as(who + " opens their own case").isEqualTo(200);
            assertThat(status(visitor.get("/cases/" + theirs))).as(who + " by reference").isEqualTo(404);
            assertThat(status(visitor.get("/cases/" + theirs + "/add-note"))).as(who + " a move's form").isEqualTo(404);
            assertThat(status(visitor.post("/cases/" + theirs + "/add-note", "text", "Hello", "version",
                    String.valueOf(cases.version(theirs))))).as(who + " a move").isEqualTo(404);
            assertThat(visitor.listed("/cases?status=ALL")).as(who + " the whole list").contains(ours.value())
                    .doesNotContain(theirs.value());
            for (String filter : List.of("q=" + theirs.value(), "q=Pat+Parent", "team=" + south.id(),
                    "responder=" + otherResponder.id(), "stage=2")) {
                assertThat(visitor.listed("/cases?status=ALL&" + filter)).as(who + " the list by " + filter)
                        .doesNotContain(theirs.value());
            }
            assertThat(status(visitor.get("/reports/records?measure=stage-received&from=2025-04-01&to=2026-03-31")))
                    .as(who + " the records behind a figure").isEqualTo(403);
            assertThat(status(visitor.get("/reports/annual.pdf?from=2025-04-01&to=2026-03-31"))).as(who + " a report")
                    .isEqualTo(403);
            assertThat(status(visitor.get("/reports/figures.json"))).as(who + " the figures").isEqualTo(403);
            assertThat(status(visitor.get("/case-log/export"))).as(who + " the export's page").isEqualTo(403);
            assertThat(status(visitor.post("/case-log/export", "format", "CSV"))).as(who + " the export").isEqualTo(403);
            assertThat(status(visitor.get(letter.fileAddress()))).as(who + " a file sent by the public").isEqualTo(403);
        }
        assertThat(audit.history(new AuditSubject("case", theirs.value())).stream()
                .filter(e -> e.action().equals("refused")).map(e -> e.actor()).distinct())
                .contains(responder.username(), investigator.username(), independentPerson.username(),
                        childrensRightsOfficer.username());
    }

    @Test
    void theRecordsBehindAFigureListTheCaseForThoseWhoReadReports() throws Exception {
        // The drill-down address the others are refused does list the case: the refusal is theirs, not an empty page.
        assertThat(visitor(manager).listed("/reports/records?measure=stage-received&from=2025-04-01&to=2026-03-31"))
                .contains(theirs.value(), ours.value());
    }

    @Test
    void aCaseReallocatedAwayFromAManagerIsRefusedAtTheirNextRequest() throws Exception {
        CaseReference moving = cases.stageOne(About.aParent(south.id()),
                new People(responder.id(), investigator.id(), independentPerson.id(), senior.id()));
        Visitor rita = visitor(responder);
        assertThat(status(rita.get("/cases/" + moving))).isEqualTo(200);
        assertThat(rita.listed("/cases")).contains(moving.value());

        int version = cases.version(moving);
        SignedIn.as(manager.username(), () -> casework.allocate(moving, version, 1, otherResponder.id()));

        assertThat(status(rita.get("/cases/" + moving))).isEqualTo(404);
        assertThat(status(rita.post("/cases/" + moving + "/respond", "version", String.valueOf(cases.version(moving)))))
                .isEqualTo(404);
        assertThat(rita.listed("/cases")).doesNotContain(moving.value());
        assertThat(status(visitor(otherResponder).get("/cases/" + moving))).isEqualTo(200);
    }

    private StaffMember staff(String name, Role role, Long teamId) {
        return accounts.create(new NewStaffAccount(name + "-" + run, name + " " + run, null, Set.of(role), teamId, true))
                .member();
    }

    private Visitor visitor(StaffMember member) {
        return Visitor.signedInAs(mvc, member);
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }
}
