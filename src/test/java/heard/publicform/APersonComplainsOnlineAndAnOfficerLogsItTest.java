package heard.publicform;

import static heard.publicform.PublicFormFixtures.aPdf;
import static heard.publicform.PublicFormFixtures.aPng;
import static heard.publicform.PublicFormFixtures.aWordDocument;
import static heard.publicform.PublicFormFixtures.answer;
import static heard.publicform.PublicFormFixtures.file;
import static heard.publicform.PublicFormFixtures.send;
import static heard.publicform.PublicFormFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import heard.casework.Channel;
import heard.casework.CaseReference;
import heard.feedback.FeedbackRecord;
import heard.feedback.Feedbacks;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A parent complains on the council's website with a letter attached; a complaints officer finds it in
 * "New from the public", logs it as a statutory complaint through the log form, and the case's Stage 1
 * deadline is ten working days from the day it was sent. A compliment is logged at once, a comment set
 * aside as spam; each stays, with who decided and when.
 */
@DatabaseTest
@AutoConfigureMockMvc
class APersonComplainsOnlineAndAnOfficerLogsItTest {

    /** A Monday; ten working days later is Monday 16 March. */
    static final LocalDate SENT_ON = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    ServiceArea fostering;
    Visitor officer;
    Visitor parent;

    @BeforeEach
    void setUp() {
        clock.setDate(SENT_ON);
        long run = System.nanoTime();
        fostering = organisation.addServiceArea("Fostering " + run);
        var olive = accounts.create(new NewStaffAccount("olive-" + run, "Olive Officer", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true)).member();
        officer = new Visitor(mvc, user(olive.username()).authorities(new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority())));
        parent = new Visitor(mvc);
    }

    @Test
    void aComplaintWithALetterIsLoggedAsStatutoryAndItsStageOneIsDueTenWorkingDaysLater() throws Exception {
        String check = answer(parent, "/feedback/complaint", Map.of("writer", "PARENT_RELATIVE", "childName", "Sam Child",
                "childAgrees", "AGREES", "serviceArea", String.valueOf(fostering.id()),
                "whatHappened", "The social worker did not return my calls for six weeks.\nSam missed two visits.",
                "putRight", "An apology <b>and</b> a new visiting plan", "fromName", "Pat Parent", "replyBy", "EMAIL",
                "email", "pat@example.org"));
        upload(parent, "/feedback/complaint/files", false, file("letter.pdf", aPdf()), file("photo.PNG", aPng()));
        Document checkPage = Visitor.page(parent.get(check));
        assertThat(checkPage.select(".govuk-summary-list__row").eachText()).contains(
                "Who you are A parent or relative of the child Change Who you are",
                "Service " + fostering.name() + " Change Service",
                "What would put it right An apology <b>and</b> a new visiting plan Change What would put it right",
                "How to reply By email Change How to reply",
                "Contact details pat@example.org Change Contact details");
        assertThat(checkPage.select("li").eachText()).contains("letter.pdf (1 KB)", "photo.PNG (1 KB)");

        String reference = send(parent, check);

        assertThat(reference).matches("WEB-2026-\\d{5}");
        Document sent = Visitor.page(parent.get("/feedback/complaint/sent"));
        assertThat(sent.select("#next").text()).contains("by 5 March 2026");
        assertThat(sent.select("#receipt").text()).contains("We have sent a receipt with your reference to your email address");
        assertThat(sent.text()).contains("Local Government and Social Care Ombudsman");
        // The draft is gone: the form starts afresh.
        assertThat(parent.get("/feedback/complaint").getResponse().getRedirectedUrl()).endsWith("/who");

        Document inbox = Visitor.page(officer.get("/from-the-public"));
        assertThat(inbox.select("#waiting tr").eachText()).anyMatch(row -> row.contains(reference)
                && row.contains("Pat Parent, parent or relative") && row.contains(fostering.name()));
        Document submission = Visitor.page(officer.get("/from-the-public/" + reference));
        // What the public typed is shown as text, never as markup.
        assertThat(submission.select("#submission").text()).contains("An apology <b>and</b> a new visiting plan");
        assertThat(submission.select("#submission b")).isEmpty();
        String letter = submission.select("a:contains(letter.pdf)").attr("href");
        MvcResult download = officer.get(letter);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(aPdf());
        // Never served to the public.
        assertThat(parent.get(letter).getResponse().getStatus()).isIn(302, 401, 403);

        MvcResult toLogForm = officer.post("/from-the-public/" + reference, "decision", "STATUTORY_COMPLAINT", "version", "0");
        assertThat(toLogForm.getResponse().getRedirectedUrl()).isEqualTo("/cases/new");
        Document logForm = Visitor.page(officer.get("/cases/new"));
        assertThat(logForm.select(".govuk-inset-text").text()).contains(reference);
        assertThat(logForm.select("#complainantName").val()).isEqualTo("Pat Parent");
        assertThat(logForm.select("#complainantEmail").val()).isEqualTo("pat@example.org");
        assertThat(logForm.select("#childName").val()).isEqualTo("Sam Child");
        assertThat(logForm.select("input[name=channel][checked]").val()).isEqualTo("WEB_FORM");
        assertThat(logForm.select("input[name=procedure][checked]").val()).isEqualTo("STATUTORY");
        assertThat(logForm.select("textarea[name=elements]").first().text()).startsWith("The social worker");

        String toCheck = officer.post("/cases/new", PublicFormFixtures.formData(logForm, "form[action=/cases/new]",
                Map.of("advocacy", "NOT_OFFERED"))).getResponse().getRedirectedUrl();
        assertThat(toCheck).isEqualTo("/cases/new/check");
        assertThat(Visitor.page(officer.get(toCheck)).select(".govuk-inset-text").text()).contains(reference);
        String casePath = officer.post("/cases/new/check").getResponse().getRedirectedUrl();
        assertThat(casePath).matches("/cases/CSC-2026-\\d{4}");
        String caseReference = casePath.substring("/cases/".length());

        Document casePage = Visitor.page(officer.get(casePath));
        assertThat(casePage.text()).contains("Monday 16 March 2026");
        assertThat(casePage.select("#from-the-public").text()).contains("Sent on the council's website as " + reference);
        assertThat(casePage.select("#from-the-public a").attr("href")).isEqualTo("/from-the-public/" + reference);

        Document decided = Visitor.page(officer.get("/from-the-public/" + reference));
        assertThat(decided.select("#decision").text()).contains("A complaint under the statutory children's procedure");
        assertThat(decided.select("form[action=/from-the-public/" + reference + "]")).isEmpty();
        assertThat(decided.select("a:contains(" + caseReference + ")").attr("href")).isEqualTo(casePath);
        assertThat(Visitor.page(officer.get("/from-the-public")).select("#waiting").text()).doesNotContain(reference);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'public-submission' AND subject_id = :r")
                .param("r", reference).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aComplimentIsLoggedAtOnceAndACommentMarkedAsSpamStaysWithItsReason() throws Exception {
        String compliment = send(parent, answer(parent, "/feedback/compliment", Map.of("writer", "FOSTER_CARER",
                "serviceArea", Question.NOT_SURE, "whatHappened", "Thank you for the support at Christmas.",
                "staffNamed", "Jo in the fostering team", "replyBy", "NONE")));
        String comment = send(parent, answer(parent, "/feedback/comment", Map.of("writer", "SOMEONE_ELSE",
                "serviceArea", Question.NOT_SURE, "whatHappened", "Buy cheap watches", "replyBy", "NONE")));

        String recordPath = officer.post("/from-the-public/" + compliment, "decision", "COMPLIMENT", "version", "0")
                .getResponse().getRedirectedUrl();
        assertThat(recordPath).matches("/compliments/CSC-2026-\\d{4}");
        FeedbackRecord record = feedbacks.find(new CaseReference(recordPath.substring("/compliments/".length())))
                .orElseThrow().record();
        assertThat(record.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(record.summary()).isEqualTo("Thank you for the support at Christmas.\n\nNamed: Jo in the fostering team");
        assertThat(record.fromName()).isNull();

        MvcResult noReason = officer.post("/from-the-public/" + comment, "decision", "NOT_FOR_HEARD", "version", "0");
        assertThat(Visitor.page(noReason).select(".govuk-error-summary").text()).contains("Select why it is not for Heard");
        assertThat(officer.post("/from-the-public/" + comment, "decision", "NOT_FOR_HEARD", "reason", "SPAM",
                "note", "Advertising", "version", "0").getResponse().getRedirectedUrl()).isEqualTo("/from-the-public");

        Document spam = Visitor.page(officer.get("/from-the-public/" + comment));
        assertThat(spam.select("#decision").text()).contains("Not for Heard");
        assertThat(spam.text()).contains("Spam or abuse: Advertising");
        // A second decision on it is refused.
        MvcResult again = officer.post("/from-the-public/" + comment, "decision", "COMMENT", "version", "1");
        assertThat(Visitor.page(again).select(".govuk-error-summary").text()).contains("Someone else dealt with " + comment);
        assertThat(jdbc.sql("SELECT status FROM public_submission WHERE reference = :r").param("r", comment)
                .query(String.class).single()).isEqualTo("NOT_FOR_HEARD");
    }

    @Test
    void filesAreKnownByTheirBytesAndAMislabelledOneIsRefused() throws Exception {
        parent.get("/feedback/comment");
        parent.post("/feedback/comment/who", "writer", "CHILD");
        parent.post("/feedback/comment/service", "serviceArea", Question.NOT_SURE);
        parent.post("/feedback/comment/what", "whatHappened", "See the plan");
        String files = "/feedback/comment/files";
        long before = attachments();

        MvcResult mislabelled = upload(parent, files, false, file("report.pdf", aPng()));
        assertThat(Visitor.page(mislabelled).select(".govuk-error-summary").text())
                .contains("The file report.pdf is not the kind of file its name says");
        MvcResult script = upload(parent, files, false, file("notes.docx", "<script>alert(1)</script>".getBytes()));
        assertThat(Visitor.page(script).select(".govuk-error-message").text())
                .contains("The file notes.docx must be a PDF, JPEG, PNG or Word document");
        MvcResult tooMany = upload(parent, files, false, file("1.pdf", aPdf()), file("2.pdf", aPdf()), file("3.pdf", aPdf()),
                file("4.pdf", aPdf()), file("5.pdf", aPdf()), file("6.pdf", aPdf()));
        assertThat(Visitor.page(tooMany).select(".govuk-error-summary").text()).contains("You can add up to 5 files");
        assertThat(attachments()).isEqualTo(before);

        upload(parent, files, false, file("../../etc/plan.docx", aWordDocument()));
        Document page = Visitor.page(parent.get(files));
        assertThat(page.select(".govuk-summary-list__key").eachText()).containsExactly("plan.docx");
        assertThat(jdbc.sql("SELECT media_type FROM public_attachment ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void eachPageRefusesWhatItCannotTakeInPlainWordsAndKeepsTheOtherAnswers() throws Exception {
        long before = submissions();
        parent.get("/feedback/complaint");
        MvcResult blank = parent.post("/feedback/complaint/who");
        Document page = Visitor.page(blank);
        assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Select who you are");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#writer");
        assertThat(page.title()).startsWith("Error: ");

        parent.post("/feedback/complaint/who", "writer", "CHILD");
        assertThat(parent.post("/feedback/complaint/advocate", "advocate", "maybe").getResponse().getStatus()).isEqualTo(200);
        parent.post("/feedback/complaint/advocate", "advocate", "yes");
        parent.post("/feedback/complaint/service", "serviceArea", "999999999");
        assertThat(Visitor.page(parent.get("/feedback/complaint/service")).select("input[name=serviceArea][checked]")).isEmpty();
        parent.post("/feedback/complaint/service", "serviceArea", Question.NOT_SURE);
        String tooLong = "x".repeat(Question.WHAT_LENGTH + 1);
        Document what = Visitor.page(parent.post("/feedback/complaint/what", "whatHappened", tooLong));
        assertThat(what.select(".govuk-error-message").text()).contains("This must be 3500 characters or fewer");
        assertThat(what.select("textarea").text()).hasSize(Question.WHAT_LENGTH + 1);
        // Characters no one types are not kept.
        parent.post("/feedback/complaint/what", "whatHappened", "My room\u0000 is cold\u0007");
        assertThat(Visitor.page(parent.get("/feedback/complaint/what")).select("textarea").text()).isEqualTo("My room is cold");

        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    void aFormWithTheHiddenFieldFilledInIsRefusedAndKeepsNothing() throws Exception {
        String check = answer(parent, "/feedback/comment", Map.of("writer", "SOMEONE_ELSE", "serviceArea", Question.NOT_SURE,
                "whatHappened", "Nice", "replyBy", "NONE"));
        long before = submissions();

        MvcResult robot = parent.post(check, "website", "http://spam.example");

        assertThat(robot.getResponse().getStatus()).isEqualTo(400);
        assertThat(Visitor.page(robot).select("h1").text()).isEqualTo("Sorry, we could not take this form");
        assertThat(submissions()).isEqualTo(before);
    }

    long submissions() {
        return jdbc.sql("SELECT COUNT(*) FROM public_submission").query(Long.class).single();
    }

    long attachments() {
        return jdbc.sql("SELECT COUNT(*) FROM public_attachment").query(Long.class).single();
    }
}
