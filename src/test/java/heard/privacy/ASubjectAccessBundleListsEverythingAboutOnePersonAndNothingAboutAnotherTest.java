package heard.privacy;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
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
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pat Parent asks what Heard holds about them: two complaints they made (one found only by their email), the
 * compliment they sent, and nothing of Bea Other's complaint. The bundle, as PDF and JSON, lists each and marks
 * their child's and the responder's names for review; it is given only to a manager who gave their password
 * lately. Pat then asks for erasure: the closed records are erased, the open case and the held one are kept,
 * each with its reason. The letters Heard sent about Pat's cases, and the lesson drawn from one, are in the
 * bundle; the letter to Bea and the lesson drawn from her case are not.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ASubjectAccessBundleListsEverythingAboutOnePersonAndNothingAboutAnotherTest {

    @Autowired
    Casework casework;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    LegalHolds holds;
    @Autowired
    Erasures erasures;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    heard.learning.Learning learning;
    @Autowired
    heard.notify.NotifyPersonalData messages;

    PrivacyFixtures people;
    // Names of this run's own, so that records other tests made in the shared database are not found.
    String tag;
    String pat;
    String patEmail;
    String patPhone;
    CaseReference pats;
    CaseReference patsByEmail;
    CaseReference patsOpen;
    CaseReference beas;
    CaseReference compliment;

    @BeforeEach
    void records() {
        people = new PrivacyFixtures(casework, accounts, clock);
        tag = java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        pat = "Pat Parent" + tag;
        patEmail = "pat." + tag + "@example.org";
        patPhone = "07700 9" + String.format("%05d", new java.util.Random().nextInt(100000));
        pats = people.aClosedComplaint(LocalDate.of(2025, 3, 3), PrivacyFixtures.details(LocalDate.of(2025, 3, 3),
                pat, patEmail, patPhone, "Sam Parent" + tag, LocalDate.of(2012, 5, 1)));
        patsByEmail = people.aClosedComplaint(LocalDate.of(2025, 4, 7), PrivacyFixtures.details(LocalDate.of(2025, 4, 7),
                "P. Parent", patEmail.toUpperCase(), null, "Sam Parent" + tag, LocalDate.of(2012, 5, 1)));
        beas = people.aClosedComplaint(LocalDate.of(2025, 5, 6), PrivacyFixtures.details(LocalDate.of(2025, 5, 6),
                "Bea Other" + tag, "bea." + tag + "@example.org", "07700 900999", "Ben Other" + tag, LocalDate.of(2013, 2, 2)));
        patsOpen = people.anOpenComplaint(LocalDate.of(2025, 6, 2), PrivacyFixtures.details(LocalDate.of(2025, 6, 2),
                pat, null, patPhone.replace(" ", ""), "Sam Parent" + tag, null));
        clock.setDate(LocalDate.of(2025, 6, 9));
        compliment = as(people.officer, () -> feedbacks.log(FeedbackType.COMPLIMENT, LocalDate.of(2025, 6, 9),
                Channel.EMAIL, ComplainantRole.PARENT_RELATIVE, pat, patEmail, null, null, List.of(),
                "Thank you, Rita"));
        clock.setDate(LocalDate.of(2026, 1, 31));
    }

    private long request(SubjectAccessRequests.Kind kind) {
        return as(people.manager, () -> requests.log(new SubjectAccessRequests.NewRequest(kind,
                new heard.casework.PersonSought(" " + pat.toLowerCase().replace(" ", "  ") + " ", patEmail.toUpperCase(),
                        patPhone.replace(" ", "-"), null),
                LocalDate.of(2026, 1, 31))));
    }

    /** The closure letter, to the complainant's address, about a case. */
    private void aClosureLetter(CaseReference ref) throws Exception {
        Visitor officer = new Visitor(mvc, user(people.officer).roles("COMPLAINTS_OFFICER"));
        String made = officer.post("/cases/" + ref.value() + "/correspondence", "template", "closure", "channel", "LETTER",
                "addressSeen", "1 High Street, Anytown", "submission", java.util.UUID.randomUUID().toString())
                .getResponse().getRedirectedUrl();
        assertThat(made).as("the letter was made").contains("/correspondence/");
    }

    private void aLessonFrom(CaseReference ref, String whatWentWrong) {
        long theme = as(people.officer, () -> learning.themes()).get(0).id();
        as(people.officer, () -> learning.recordLesson(new heard.learning.NewLesson(whatWentWrong, theme, null, null,
                List.of(ref.value()))));
    }

    @Test
    void the_bundle_lists_every_record_naming_pat_and_none_of_beas() throws Exception {
        aClosureLetter(pats);
        aClosureLetter(beas);
        aLessonFrom(pats, "Calls to the family went unanswered for weeks");
        aLessonFrom(beas, "Bea's review was cancelled twice");
        long id = request(SubjectAccessRequests.Kind.ACCESS);
        SubjectAccessRequests.Request request = requests.find(id).orElseThrow();
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));

        List<HeldRecord> held = requests.held(request).records();
        assertThat(held).extracting(HeldRecord::reference)
                .contains(pats.value(), patsByEmail.value(), patsOpen.value(), compliment.value())
                .doesNotContain(beas.value());
        HeldRecord first = held.stream().filter(r -> r.reference().equals(pats.value())).findFirst().orElseThrow();
        assertThat(first.role()).isEqualTo("representative");
        assertThat(field(first, "complainant.name").thirdParty()).isFalse();
        assertThat(field(first, "child.name").thirdParty()).isTrue();
        assertThat(field(first, "stage.responder").thirdParty()).isTrue();
        assertThat(first.fields()).filteredOn(f -> f.name().equals("element")).first()
                .satisfies(f -> assertThat(f.mentions()).containsExactly("Sam Parent" + tag));
        assertThat(field(first, "message.to").value()).contains(pat, "1 High Street");
        assertThat(field(first, "message.to").thirdParty()).isFalse();
        assertThat(field(first, "message.body").value()).isNotBlank();
        assertThat(field(first, "learning.lesson.whatWentWrong").value()).isEqualTo("Calls to the family went unanswered for weeks");

        Visitor lately = new Visitor(mvc, user(people.manager).authorities(
                new SimpleGrantedAuthority("ROLE_COMPLAINTS_MANAGER"), SignedIn.passwordGivenAt(clock.instant())));
        MvcResult jsonBundle = lately.get("/privacy/requests/" + id + "/bundle.json");
        assertThat(jsonBundle.getResponse().getStatus()).isEqualTo(200);
        String text = jsonBundle.getResponse().getContentAsString();
        assertThat(text).contains(pats.value(), patsByEmail.value(), patsOpen.value(), compliment.value(), pat)
                .contains("message.body", "Calls to the family went unanswered for weeks")
                .doesNotContain(beas.value(), "Bea Other", "Ben Other", "bea.", "Bea's review");
        JsonNode bundle = json.readTree(text);
        assertThat(bundle.at("/request/dueOn").asString()).isEqualTo("2026-02-28");
        assertThat(bundle.at("/records").size()).isEqualTo(held.size());

        MvcResult pdfBundle = lately.get("/privacy/requests/" + id + "/bundle.pdf");
        assertThat(pdfBundle.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(pdfBundle.getResponse().getContentAsByteArray())) {
            String words = new PDFTextStripper().getText(pdf);
            assertThat(words).contains(pats.value(), patsByEmail.value(), compliment.value(), "[about someone else: review]",
                            "Letter or email sent", "Calls to the family went unanswered")
                    .doesNotContain(beas.value(), "Bea Other", "Bea's review");
        }

        Visitor longAgo = new Visitor(mvc, user(people.manager).authorities(
                new SimpleGrantedAuthority("ROLE_COMPLAINTS_MANAGER"),
                SignedIn.passwordGivenAt(clock.instant().minusSeconds(3600))));
        MvcResult refused = longAgo.get("/privacy/requests/" + id + "/bundle.json");
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain(pat);

        Visitor responder = new Visitor(mvc, user(people.responder.username()).roles("RESPONDING_MANAGER"));
        assertThat(responder.get("/privacy/requests/" + id).getResponse().getStatus()).isEqualTo(403);
        assertThat(responder.get("/privacy/retention").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void erasure_on_request_erases_the_closed_records_and_refuses_the_open_and_the_held_with_the_reason() throws Exception {
        aClosureLetter(pats);
        aClosureLetter(beas);
        as(people.manager, () -> holds.place(patsByEmail.value(), "Pat's solicitor has written about a claim"));
        long id = request(SubjectAccessRequests.Kind.ERASURE);

        Visitor manager = new Visitor(mvc, user(people.manager).roles("COMPLAINTS_MANAGER"));
        MvcResult erased = manager.post("/privacy/requests/" + id + "/erase");
        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/privacy/requests/" + id);
        @SuppressWarnings("unchecked")
        List<SubjectAccessRequests.ErasureResult> results =
                (List<SubjectAccessRequests.ErasureResult>) erased.getFlashMap().get("erasureResults");

        assertThat(results).contains(
                new SubjectAccessRequests.ErasureResult(pats.value(), true, "request.erased"),
                new SubjectAccessRequests.ErasureResult(compliment.value(), true, "request.erased"),
                new SubjectAccessRequests.ErasureResult(patsOpen.value(), false, "erasure.open"),
                new SubjectAccessRequests.ErasureResult(patsByEmail.value(), false, "erasure.held"));
        assertThat(erasures.of(pats.value())).singleElement().satisfies(e -> {
            assertThat(e.ground()).isEqualTo(Erasures.Ground.REQUEST);
            assertThat(e.requestId()).isEqualTo(id);
            assertThat(e.approvedBy()).isEqualTo(people.manager);
        });
        assertThat(erasures.of(patsOpen.value())).isEmpty();
        assertThat(erasures.of(patsByEmail.value())).isEmpty();
        assertThat(erasures.of(beas.value())).isEmpty();
        assertThat(messages.about(pats.value())).isEmpty();
        assertThat(messages.about(beas.value())).singleElement()
                .satisfies(m -> assertThat(m.recipientName()).isEqualTo("Bea Other" + tag));

        List<String> stillNamed = requests.held(requests.find(id).orElseThrow()).records().stream().map(HeldRecord::reference).toList();
        assertThat(stillNamed).containsExactlyInAnyOrder(patsOpen.value(), patsByEmail.value());
        String page = manager.get("/privacy/requests/" + id).getResponse().getContentAsString();
        assertThat(page).contains("28 February 2026");
        assertThat(as(people.officer, () -> casework.view(beas)).orElseThrow().complaint().details().complainant().name())
                .isEqualTo("Bea Other" + tag);
    }

    private static HeldRecord.Field field(HeldRecord record, String name) {
        return record.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
