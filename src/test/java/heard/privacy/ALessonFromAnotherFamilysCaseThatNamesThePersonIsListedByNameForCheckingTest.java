package heard.privacy;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.ComplaintDetails;
import heard.casework.Money;
import heard.casework.PersonSought;
import heard.learning.ActionOrigin;
import heard.learning.Learning;
import heard.learning.NewAction;
import heard.learning.NewLesson;
import heard.learning.RemedyKind;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pat Parent asks what Heard holds about them. Besides the lesson drawn from Pat's own case (listed with it,
 * once), the learning register holds a lesson from Bea Other's case that says "as PAT PARENT also told us", an
 * action from it dropped because "Pat Parent's complaint covers it", and the Ombudsman's remedy for Bea that
 * names Pat, and the acknowledgement letter to Bea, which quotes her complaint's part naming Pat. The bundle lists
 * these four apart, as found by name to be checked before release, with the record each is about and every
 * text marked for review; Pat's own letter once, with Pat's record; not an entry naming "Pat Parentson", Pat's
 * child Sam, "Pat" alone or Bea only. A request that gives only a first name does not search the register by name.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ALessonFromAnotherFamilysCaseThatNamesThePersonIsListedByNameForCheckingTest {

    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    Learning learning;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    PrivacyFixtures people;
    // Names of this run's own, so that entries other tests made in the shared database are not found.
    String tag;
    String pat;
    CaseReference pats;
    CaseReference beas;

    @BeforeEach
    void records() {
        people = new PrivacyFixtures(casework, accounts, clock);
        tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        pat = "Pat Parent" + tag;
        pats = people.aClosedComplaint(LocalDate.of(2025, 3, 3), PrivacyFixtures.details(LocalDate.of(2025, 3, 3),
                pat, "pat." + tag + "@example.org", null, "Sam Parent" + tag, LocalDate.of(2012, 5, 1)));
        ComplaintDetails bea = PrivacyFixtures.details(LocalDate.of(2025, 5, 6), "Bea Other" + tag,
                "bea." + tag + "@example.org", null, "Ben Other" + tag, LocalDate.of(2013, 2, 2));
        beas = people.aClosedComplaint(LocalDate.of(2025, 5, 6), new ComplaintDetails(bea.receivedOn(), bea.channel(),
                bea.complainant(), bea.child(), bea.onChildsBehalf(), bea.childConsent(), bea.advocacy(),
                bea.advocacyProvider(), bea.serviceAreaId(), bea.teamId(), bea.issueIds(),
                List.of("The review was cancelled twice", "Pat Parent" + tag + " saw the visit missed too"),
                bea.desiredOutcome(), bea.summary(), bea.matterOccurredOn()));
        clock.setDate(LocalDate.of(2026, 1, 31));
    }

    private long lessonFrom(CaseReference ref, String whatWentWrong) {
        long theme = as(people.officer, () -> learning.themes()).get(0).id();
        return as(people.officer, () -> learning.recordLesson(new NewLesson(whatWentWrong, theme, null, null,
                List.of(ref.value()))));
    }

    /** The acknowledgement letter, which lists the parts of the complaint. */
    private void anAcknowledgementLetter(CaseReference ref) throws Exception {
        Visitor officer = new Visitor(mvc, user(people.officer).roles("COMPLAINTS_OFFICER"));
        String made = officer.post("/cases/" + ref.value() + "/correspondence", "template", "acknowledgement-statutory-1",
                "channel", "LETTER", "addressSeen", "1 High Street, Anytown", "submission", UUID.randomUUID().toString())
                .getResponse().getRedirectedUrl();
        assertThat(made).as("the letter was made").contains("/correspondence/");
    }

    private long request(String name) {
        return as(people.manager, () -> requests.log(new SubjectAccessRequests.NewRequest(SubjectAccessRequests.Kind.ACCESS,
                new PersonSought(name, "pat." + tag + "@example.org", null, null), LocalDate.of(2026, 1, 31))));
    }

    @Test
    void entries_from_beas_case_that_name_pat_in_full_are_listed_apart_for_checking_and_no_other() throws Exception {
        long own = lessonFrom(pats, "Pat Parent" + tag + " waited weeks for a call back");
        long asPatAlsoToldUs = lessonFrom(beas, "Visits were missed, as PAT   parent" + tag.toUpperCase() + " also told us");
        lessonFrom(beas, "Pat Parent" + tag + "son was not called either");
        lessonFrom(beas, "Pat told us the same, and so did Sam Parent" + tag);
        lessonFrom(beas, "Bea Other" + tag + " was not called back");
        long dropped = as(people.officer, () -> learning.raiseAction(new NewAction("Write to Bea Other" + tag,
                ActionOrigin.CASES, List.of(beas.value()), null, people.responder.id(), LocalDate.of(2026, 3, 1), null, null)));
        as(people.officer, () -> learning.drop(dropped, learning.action(dropped).orElseThrow().version(),
                LocalDate.of(2026, 1, 31), "Pat Parent" + tag + "'s complaint covers it"));
        as(people.officer, () -> ombudsman.record(new OmbudsmanRecord(beas, "25 " + tag + " 1", LocalDate.of(2025, 6, 2),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2025, 9, 1), null, null, null), -1));
        long remedy = as(people.officer, () -> learning.askRemedy(beas, RemedyKind.PAYMENT, Money.of("200"),
                "Pay Bea Other" + tag + " and write to pat parent" + tag + " too", LocalDate.of(2026, 2, 27)));

        anAcknowledgementLetter(beas);
        anAcknowledgementLetter(pats);

        long id = request(" pat  parent" + tag + " ");
        SubjectAccessRequests.Held held = requests.held(requests.find(id).orElseThrow());

        assertThat(held.records()).extracting(HeldRecord::reference).containsExactly(pats.value());
        assertThat(held.records().get(0).fields()).filteredOn(f -> f.name().equals("learning.lesson.whatWentWrong"))
                .extracting(HeldRecord.Field::value).containsExactly("Pat Parent" + tag + " waited weeks for a call back");
        FoundByName byName = held.byName();
        assertThat(byName.fullName()).isEqualTo("pat parent" + tag);
        assertThat(byName.entries()).extracting(FoundByName.Entry::kind)
                .containsExactly("lesson", "action", "remedy", "message");
        assertThat(byName.entries()).extracting(e -> e.kind() + " " + e.id())
                .contains("lesson " + asPatAlsoToldUs, "action " + dropped, "remedy " + remedy)
                .doesNotContain("lesson " + own);
        FoundByName.Entry letter = byName.entries().get(3);
        assertThat(field(letter, "message.about").value()).isEqualTo(beas.value());
        assertThat(field(letter, "message.about").thirdParty()).isTrue();
        assertThat(field(letter, "message.to").value()).contains("Bea Other" + tag);
        assertThat(field(letter, "message.to").thirdParty()).isTrue();
        assertThat(field(letter, "message.body").value()).contains("Pat Parent" + tag + " saw the visit missed too");
        assertThat(field(letter, "message.body").thirdParty()).isTrue();
        assertThat(held.records().get(0).fields()).filteredOn(f -> f.name().equals("message.body")).hasSize(1);
        FoundByName.Entry lesson = byName.entries().stream().filter(e -> e.id() == asPatAlsoToldUs && e.kind().equals("lesson"))
                .findFirst().orElseThrow();
        assertThat(lesson.fields()).extracting(HeldRecord.Field::name)
                .containsExactly("learning.entry", "learning.drawnFrom", "learning.lesson.whatWentWrong");
        assertThat(field(lesson, "learning.drawnFrom").value()).isEqualTo(beas.value());
        assertThat(field(lesson, "learning.drawnFrom").needsReview()).isTrue();
        assertThat(field(lesson, "learning.lesson.whatWentWrong").thirdParty()).isTrue();
        assertThat(field(lesson, "learning.entry").needsReview()).isFalse();
        FoundByName.Entry action = byName.entries().stream().filter(e -> e.kind().equals("action")).findFirst().orElseThrow();
        assertThat(field(action, "learning.action.droppedReason").value()).isEqualTo("Pat Parent" + tag + "'s complaint covers it");
        assertThat(action.fields()).filteredOn(f -> f.name().startsWith("learning.action.")).allMatch(HeldRecord.Field::thirdParty);

        Visitor lately = new Visitor(mvc, user(people.manager).authorities(
                new SimpleGrantedAuthority("ROLE_COMPLAINTS_MANAGER"), SignedIn.passwordGivenAt(clock.instant())));
        String text = lately.get("/privacy/requests/" + id + "/bundle.json").getResponse().getContentAsString();
        JsonNode bundle = json.readTree(text);
        assertThat(bundle.at("/foundByName/fullName").asString()).isEqualTo("pat parent" + tag);
        assertThat(bundle.at("/foundByName/about").asString()).contains("may be about someone else of the same name");
        assertThat(bundle.at("/foundByName/entries").size()).isEqualTo(4);
        assertThat(bundle.at("/foundByName/entries/3/kind").asString()).isEqualTo("message");
        assertThat(bundle.at("/records").size()).isEqualTo(1);
        assertThat(text).contains("also told us", "write to pat parent" + tag)
                .doesNotContain("Parent" + tag + "son", "Pat told us", "was not called back");

        try (PDDocument pdf = Loader.loadPDF(lately.get("/privacy/requests/" + id + "/bundle.pdf").getResponse()
                .getContentAsByteArray())) {
            // One line of words, without the page numbers the footer puts between them.
            String words = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replaceAll("Page \\d+ ", "");
            assertThat(words).contains("Found by your name", "Lesson " + asPatAlsoToldUs,
                    "Action " + dropped, "Ombudsman remedy " + remedy, "also told us [about someone else: review]",
                    "Drawn from " + beas.value(), "About the record " + beas.value() + " [about someone else: review]");
            assertThat(words.indexOf("Found by your name")).isGreaterThan(words.indexOf("waited weeks"));
        }

        String page = lately.get("/privacy/requests/" + id).getResponse().getContentAsString();
        assertThat(page).contains("Found by name: check before release", "4 about other records contain it",
                "may be about someone else of the same name", "Lesson " + asPatAlsoToldUs);
    }

    @Test
    void a_request_that_gives_only_a_first_name_does_not_search_the_register_by_name() throws Exception {
        lessonFrom(beas, "Visits were missed, as Pat Parent" + tag + " also told us");

        long id = request("Pat");
        SubjectAccessRequests.Held held = requests.held(requests.find(id).orElseThrow());

        assertThat(held.records()).extracting(HeldRecord::reference).containsExactly(pats.value());
        assertThat(held.byName().fullName()).isNull();
        assertThat(held.byName().entries()).isEmpty();
        Visitor manager = new Visitor(mvc, user(people.manager).roles("COMPLAINTS_MANAGER"));
        assertThat(manager.get("/privacy/requests/" + id).getResponse().getContentAsString())
                .contains("were not searched by name: the request gives no full name");
        assertThat(manager.get("/privacy/requests/" + id).getResponse().getContentAsString()).doesNotContain("saw the visit");
    }

    private static HeldRecord.Field field(FoundByName.Entry entry, String name) {
        return entry.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
