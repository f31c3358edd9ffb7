package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CasesAtEveryStep;
import heard.casework.CasesAtEveryStep.About;
import heard.casework.CasesAtEveryStep.People;
import heard.casework.Casework;
import heard.casework.ComplainantRole;
import heard.casework.Refusal;
import heard.learning.Learning;
import heard.learning.Lesson;
import heard.learning.NewLesson;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Restricted records (docs/security.md): a restricted case is seen by the staff named on it (the responding
 * manager allocated to it, its Investigating Officer and Independent Person) and every complaints manager, and by
 * nobody else, however they ask for it (by reference, the case list, its search and filters, the records behind a
 * report's figure, the case list and case log exports, letters, the learning register, the inbox of submissions from
 * the public and the files sent with them); everyone else is refused it exactly as they are refused a case they have
 * no part in, and each refusal and each view is in the audit trail. Lifting the restriction gives it back to
 * those whose role and part let them see it; reallocating it away from a manager refuses their next request.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ARestrictedCaseIsSeenOnlyByThoseNamedOnItAndTheComplaintsManagerTest {

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
    Learning learning;
    @Autowired
    ApplicationContext context;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    StaffMember manager;
    StaffMember officer;
    StaffMember responder;
    StaffMember teamMate;
    StaffMember otherResponder;
    StaffMember investigator;
    StaffMember independentPerson;
    StaffMember otherInvestigator;
    StaffMember childrensRightsOfficer;
    StaffMember senior;
    StaffMember administrator;
    Team north;
    CasesAtEveryStep cases;
    People named;
    CaseReference restricted;

    @BeforeEach
    void aYoungPersonsCaseAtStageTwoRestricted() {
        clock.setDate(TODAY);
        ServiceArea area = organisation.addServiceArea("Area " + run);
        north = organisation.addTeam(area.id(), "North " + run, LocalDate.of(2020, 1, 1));
        manager = staff("clare", Role.COMPLAINTS_MANAGER, null);
        officer = staff("olive", Role.COMPLAINTS_OFFICER, null);
        responder = staff("rita", Role.RESPONDING_MANAGER, north.id());
        teamMate = staff("nick", Role.RESPONDING_MANAGER, north.id());
        otherResponder = staff("ron", Role.RESPONDING_MANAGER, null);
        investigator = staff("ivan", Role.INVESTIGATOR, null);
        independentPerson = staff("ida", Role.INVESTIGATOR, null);
        otherInvestigator = staff("oscar", Role.INVESTIGATOR, null);
        childrensRightsOfficer = staff("cora", Role.CHILDRENS_RIGHTS_OFFICER, null);
        senior = staff("sue", Role.SENIOR_MANAGER, null);
        administrator = staff("adam", Role.ADMINISTRATOR, null);
        cases = new CasesAtEveryStep(casework, clock, manager.username());
        named = new People(responder.id(), investigator.id(), independentPerson.id(), senior.id());
        // Without the restriction every one of the staff above but the other investigator and the administrator
        // would see it: a young person's with an advocate, in the north team, at Stage 2.
        restricted = cases.restricted(cases.stageTwo(new About(ComplainantRole.YOUNG_PERSON, Advocacy.USED, north.id()), named));
    }

    @Test
    void everyoneNotNamedOnItIsRefusedItByReferenceMoveListSearchAndFilters() throws Exception {
        for (StaffMember person : List.of(officer, teamMate, otherResponder, otherInvestigator, childrensRightsOfficer, senior)) {
            Visitor visitor = visitor(person);
            String who = person.username();
            assertThat(status(visitor.get("/cases/" + restricted))).as(who + " by reference").isEqualTo(404);
            assertThat(status(visitor.get("/cases/" + restricted + "/add-note"))).as(who + " a move's form").isEqualTo(404);
            assertThat(status(visitor.post("/cases/" + restricted + "/add-note", "text", "Hello", "version",
                    String.valueOf(cases.version(restricted))))).as(who + " a move").isEqualTo(404);
            assertThat(status(visitor.get("/cases/" + restricted + "/lift-restriction"))).as(who + " lifting it").isEqualTo(404);
            // Narrowed so that the case would be on the list's first page, were it there.
            for (String filter : List.of("status=ALL&q=" + restricted.value(), "status=ALL&q=" + restricted.value() + "&stage=2",
                    "status=ALL&team=" + north.id(), "status=ALL&responder=" + responder.id())) {
                assertThat(visitor.listed("/cases?" + filter)).as(who + " the list by " + filter)
                        .doesNotContain(restricted.value());
            }
        }
        assertThat(status(visitor(administrator).get("/cases/" + restricted))).as("the administrator").isEqualTo(403);
        assertThat(actors(restricted, "refused")).contains(officer.username(), teamMate.username(),
                otherResponder.username(), otherInvestigator.username(), childrensRightsOfficer.username(),
                senior.username());
        assertThat(history(restricted, "note added")).isEmpty();
    }

    @Test
    void itIsLeftOutOfDrillDownsExportsLettersLearningAndTheInboxForEveryoneElseAndEachShowingToTheManagerIsRecorded()
            throws Exception {
        ASubmissionWithAFile letter = ASubmissionWithAFile.sent(context).loggedAs(context, restricted);
        long lesson = SignedIn.as(manager.username(), () -> learning.recordLesson(new NewLesson("Calls not returned",
                learning.addTheme("Communication " + run).id(), null, null, List.of(restricted.value()))));
        String drillDown = "/reports/records?measure=stage-received&from=2025-04-01&to=2026-03-31";
        for (StaffMember person : List.of(officer, senior)) {
            Visitor visitor = justSignedIn(person);
            String who = person.username();
            MvcResult records = visitor.get(drillDown);
            assertThat(visitor.listed(drillDown)).as(who + " the records behind a figure").doesNotContain(restricted.value());
            assertThat(Visitor.page(records).select("#withheld").text()).as(who).contains("restricted case", "not listed here");
            assertThat(Visitor.page(visitor.get("/learning/lessons/" + lesson)).text()).as(who + " a lesson")
                    .doesNotContain(restricted.value()).contains("A restricted case");
            assertThat(Visitor.page(visitor.get("/learning")).text()).as(who + " the register")
                    .doesNotContain(restricted.value());
        }
        Visitor olive = justSignedIn(officer);
        assertThat(olive.get("/cases/export?status=ALL&format=CSV").getResponse().getContentAsString())
                .as("the case list export").contains("Reference").doesNotContain(restricted.value());
        assertThat(status(olive.get("/cases/" + restricted + "/correspondence/new"))).as("a letter").isEqualTo(404);
        assertThat(status(olive.get("/learning/cases/" + restricted + "/themes"))).as("the case's themes").isEqualTo(404);
        assertThat(status(olive.get("/ombudsman/" + restricted))).as("its Ombudsman record").isEqualTo(404);
        assertThat(status(olive.get("/learning/ombudsman/" + restricted))).as("its Ombudsman remedies").isEqualTo(404);
        assertThat(Visitor.page(olive.get("/learning/lessons/" + lesson + "/edit")).select("#cases").text())
                .as("the form changing the lesson").doesNotContain(restricted.value());
        Lesson before = SignedIn.as(officer.username(), () -> learning.lesson(lesson).orElseThrow());
        assertThatThrownBy(() -> SignedIn.as(officer.username(), () -> learning.recordLesson(new NewLesson("Typed in",
                before.themeId(), null, null, List.of(restricted.value())))))
                .as("a lesson linked to it by its reference").isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("messageKey", "learning.case.notFound");
        SignedIn.as(officer.username(), () -> learning.changeLesson(lesson, before.version(), new NewLesson(
                "Calls not returned for a week", before.themeId(), null, null, List.of())));
        assertThat(SignedIn.as(manager.username(), () -> learning.lesson(lesson).orElseThrow()).cases())
                .as("a lesson changed by someone who cannot see the case")
                .containsExactly(restricted.value());
        assertThat(status(olive.get(letter.address()))).as("the submission it was logged from").isEqualTo(404);
        assertThat(status(olive.get(letter.fileAddress()))).as("the file the public sent").isEqualTo(404);
        assertThat(Visitor.page(olive.get("/from-the-public")).text()).as("the inbox").doesNotContain(letter.reference());

        Visitor clare = justSignedIn(manager);
        assertThat(clare.listed(drillDown)).contains(restricted.value());
        assertThat(clare.get("/cases/export?status=ALL&format=CSV").getResponse().getContentAsString())
                .contains(restricted.value());
        assertThat(clare.post("/case-log/export", "from.day", "1", "from.month", "4", "from.year", "2025", "to.day", "2",
                "to.month", "6", "to.year", "2025", "format", "CSV").getResponse().getContentAsString())
                .contains(restricted.value());
        assertThat(status(clare.get(letter.fileAddress()))).as("the file, for the manager").isEqualTo(200);
        assertThat(status(clare.get("/ombudsman/" + restricted))).as("its Ombudsman record, for the manager").isEqualTo(200);
        assertThat(Visitor.page(clare.get("/learning/lessons/" + lesson)).text()).contains(restricted.value());
        assertThat(history(restricted, "viewed").stream().filter(e -> e.actor().equals(manager.username()))
                .map(AuditEvent::summary)).anySatisfy(s -> assertThat(s).contains("records behind the figure"))
                .anySatisfy(s -> assertThat(s).contains("the case list export"))
                .anySatisfy(s -> assertThat(s).contains("the case log export"))
                .anySatisfy(s -> assertThat(s).contains("and its files"))
                .anySatisfy(s -> assertThat(s).contains("lesson " + lesson));
        assertThat(history(restricted, "refused").stream().map(AuditEvent::summary))
                .anySatisfy(s -> assertThat(s).contains("and its files refused"));
    }

    @Test
    void theStaffNamedOnItAndTheComplaintsManagerSeeItAndEachViewIsRecorded() throws Exception {
        for (StaffMember person : List.of(responder, investigator, independentPerson, manager)) {
            Visitor visitor = visitor(person);
            MvcResult page = visitor.get("/cases/" + restricted);
            assertThat(status(page)).as(person.username()).isEqualTo(200);
            assertThat(Visitor.page(page).select("#restriction").text()).as(person.username())
                    .contains("This is a restricted record", "The child or family is known to staff",
                            responder.displayName() + " (named on the case)",
                            investigator.displayName() + " (named on the case)",
                            manager.displayName() + " (complaints manager)")
                    .doesNotContain(officer.displayName(), senior.displayName());
            assertThat(visitor.listed("/cases?status=ALL&q=" + restricted.value())).as(person.username())
                    .contains(restricted.value());
        }
        assertThat(actors(restricted, "viewed")).contains(responder.username(), investigator.username(),
                independentPerson.username(), manager.username());
    }

    @Test
    void liftingTheRestrictionGivesTheCaseBackToThoseWhoseRoleAndPartLetThemSeeIt() throws Exception {
        Visitor clare = visitor(manager);
        assertThat(status(visitor(officer).post("/cases/" + restricted + "/lift-restriction", "text", "No longer needed",
                "version", String.valueOf(cases.version(restricted))))).as("an officer may not lift it").isEqualTo(404);

        MvcResult blank = clare.post("/cases/" + restricted + "/lift-restriction", "text", " ",
                "version", String.valueOf(cases.version(restricted)));
        assertThat(Visitor.page(blank).select(".govuk-error-summary").text())
                .contains("Enter why the restriction is being lifted");

        MvcResult lifted = clare.post("/cases/" + restricted + "/lift-restriction", "text", "The member of staff has left",
                "version", String.valueOf(cases.version(restricted)));
        assertThat(lifted.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + restricted);
        for (StaffMember person : List.of(officer, teamMate, childrensRightsOfficer, senior)) {
            assertThat(status(visitor(person).get("/cases/" + restricted))).as(person.username()).isEqualTo(200);
            assertThat(visitor(person).listed("/cases?status=ALL&q=" + restricted.value())).as(person.username())
                    .contains(restricted.value());
        }
        assertThat(status(visitor(otherInvestigator).get("/cases/" + restricted))).isEqualTo(404);
        Document page = Visitor.page(clare.get("/cases/" + restricted));
        assertThat(page.select("#restriction")).isEmpty();
        assertThat(page.text()).contains("Restriction lifted", "The member of staff has left");
        assertThat(history(restricted, "restriction lifted")).hasSize(1);
    }

    @Test
    void anOfficerWhoRestrictsACaseTheyAreNotNamedOnIsToldTheyWillLoseSightOfItAndDo() throws Exception {
        CaseReference ref = cases.stageOne(About.aParent(north.id()), named);
        Visitor olive = visitor(officer);
        Document form = Visitor.page(olive.get("/cases/" + ref + "/restrict"));
        assertThat(form.text()).contains(responder.displayName(), "You are not named on this case");

        MvcResult noWords = olive.post("/cases/" + ref + "/restrict", "reason", "OTHER", "otherReason", "",
                "version", String.valueOf(cases.version(ref)));
        assertThat(Visitor.page(noWords).select(".govuk-error-summary a").eachText())
                .containsExactly("Enter why the case is to be restricted");
        assertThat(status(olive.get("/cases/" + ref))).as("nothing changed").isEqualTo(200);

        MvcResult done = olive.post("/cases/" + ref + "/restrict", "reason", "STAFF_COMPLAINANT",
                "version", String.valueOf(cases.version(ref)));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cases");
        assertThat(Visitor.page(olive.get("/cases")).text()).contains(ref + " is now restricted. You are not named on it");
        assertThat(status(olive.get("/cases/" + ref))).isEqualTo(404);
        assertThat(status(visitor(teamMate).get("/cases/" + ref))).as("the team").isEqualTo(404);
        assertThat(status(visitor(responder).get("/cases/" + ref))).as("the responder").isEqualTo(200);
        assertThat(history(ref, "restricted")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(officer.username()))
                .satisfies(e -> assertThat(e.after()).contains("STAFF_COMPLAINANT"));
    }

    @Test
    void aRestrictedCaseReallocatedAwayFromAManagerIsRefusedAtTheirNextRequest() throws Exception {
        CaseReference moving = cases.restricted(cases.stageOne(About.aParent(north.id()), named));
        Visitor rita = visitor(responder);
        assertThat(status(rita.get("/cases/" + moving))).isEqualTo(200);

        int version = cases.version(moving);
        SignedIn.as(manager.username(), () -> casework.allocate(moving, version, 1, otherResponder.id()));

        assertThat(status(rita.get("/cases/" + moving))).isEqualTo(404);
        assertThat(status(rita.post("/cases/" + moving + "/respond", "version", String.valueOf(cases.version(moving)))))
                .isEqualTo(404);
        assertThat(rita.listed("/cases?status=ALL&q=" + moving.value())).doesNotContain(moving.value());
        assertThat(status(visitor(otherResponder).get("/cases/" + moving))).isEqualTo(200);
    }

    /** A visitor who gave their password a moment ago, as an export asks. */
    private Visitor justSignedIn(StaffMember member) {
        List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
                member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        authorities.add(SignedIn.passwordGivenAt(clock.instant()));
        return new Visitor(mvc, user(member.username()).authorities(authorities));
    }

    private List<AuditEvent> history(CaseReference ref, String action) {
        return audit.history(new AuditSubject("case", ref.value())).stream().filter(e -> e.action().equals(action)).toList();
    }

    private List<String> actors(CaseReference ref, String action) {
        return history(ref, action).stream().map(AuditEvent::actor).distinct().toList();
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
