package heard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.notify.outbox.EmailChannel;
import heard.security.Role;
import heard.security.StaffMember;
import heard.testing.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A complaints officer writes to the complainant from the case's page: chooses the acknowledgement, sees it
 * filled in for the case and where it can go, sends it, and finds it on the case's page and in its timeline,
 * first as not yet sent and then as sent. What must not go is refused with its reason.
 */
class OfficerPreviewsAndSendsCorrespondenceFromTheCasePageTest extends NotifyTestContext {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 16);

    @Autowired
    MockMvc mvc;

    StaffMember officer;
    Visitor olive;
    CaseReference ref;

    @BeforeEach
    void aCase() {
        MailServer.get();
        sendBySmtp();
        officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        olive = new Visitor(mvc, user(officer.username()).roles("COMPLAINTS_OFFICER"));
        at(RECEIVED, LocalTime.of(9, 0));
        ref = aStageOneComplaint(officer, RECEIVED, pat());
    }

    private String casePath(String rest) {
        return UriComponentsBuilder.fromPath("/cases/{ref}").encode().buildAndExpand(ref.value()).toUriString() + rest;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theAcknowledgementIsPreviewedSentAndKeptOnTheCase() throws Exception {
        Document casePage = page(olive.get(casePath("")));
        assertThat(casePage.select("a:contains(Write to the complainant)").attr("href"))
                .isEqualTo(casePath("/correspondence/new"));

        Document choose = page(olive.get(casePath("/correspondence/new")));
        assertThat(choose.select("input[name=template]").eachAttr("value")).first().isEqualTo("acknowledgement-statutory-1");
        assertThat(choose.select("input[name=template]").eachAttr("value")).doesNotContain("submission-receipt");
        MvcResult chosen = olive.post(casePath("/correspondence/new"), "template", "acknowledgement-statutory-1");
        assertThat(chosen.getResponse().getRedirectedUrl())
                .isEqualTo(casePath("/correspondence/preview") + "?template=acknowledgement-statutory-1");
        Document preview = page(olive.get(casePath("/correspondence/preview"), "template", "acknowledgement-statutory-1"));
        assertThat(preview.select("#preview-subject").text()).isEqualTo("We have received your complaint – " + ref.value());
        assertThat(preview.select("#preview").text()).contains("Dear Pat Parent").contains("by 4 January 2027");
        assertThat(preview.select("input[name=channel]").eachAttr("value")).containsExactly("EMAIL", "LETTER");
        assertThat(preview.select(".govuk-radios__hint").eachText()).first().isEqualTo("pat.parent@example.org");

        clock.advance(java.time.Duration.ofMinutes(5));
        MvcResult sent = olive.post(casePath("/correspondence"), "template", "acknowledgement-statutory-1",
                "channel", "EMAIL", "emailSeen", preview.select("input[name=emailSeen]").val(),
                "addressSeen", preview.select("input[name=addressSeen]").val(),
                "submission", preview.select("input[name=submission]").val());
        String item = sent.getResponse().getRedirectedUrl();
        assertThat(item).startsWith(casePath("/correspondence/"));
        // Pressed twice, it is queued once.
        olive.post(casePath("/correspondence"), "template", "acknowledgement-statutory-1", "channel", "EMAIL",
                "emailSeen", "pat.parent@example.org", "addressSeen", preview.select("input[name=addressSeen]").val(),
                "submission", preview.select("input[name=submission]").val());

        Document waiting = page(olive.get(casePath("")));
        assertThat(waiting.select(".govuk-summary-card:contains(Letters and emails) tbody tr")).hasSize(1);
        assertThat(waiting.select(".govuk-summary-card:contains(Letters and emails) .govuk-tag").text()).isEqualTo("Not yet sent");
        assertThat(waiting.select("#timeline + ol li").first().text())
                .contains("Acknowledgement, statutory Stage 1 emailed to Pat Parent").contains("Status: Not yet sent")
                .contains("recorded by Olive Officer");

        worker.sendDue();

        Document after = page(olive.get(casePath("")));
        assertThat(after.select(".govuk-summary-card:contains(Letters and emails) .govuk-tag").text()).isEqualTo("Sent");
        Document itemPage = page(olive.get(item));
        assertThat(itemPage.select("h1").text()).isEqualTo("We have received your complaint – " + ref.value());
        assertThat(itemPage.text()).contains("pat.parent@example.org").contains("the council's email server");
    }

    @Test
    void aLetterIsMadeAsPdfAndWordFromTheSameWords() throws Exception {
        Document preview = page(olive.get(casePath("/correspondence/preview"), "template", "closure"));
        String item = olive.post(casePath("/correspondence"), "template", "closure", "channel", "LETTER",
                "emailSeen", preview.select("input[name=emailSeen]").val(),
                "addressSeen", preview.select("input[name=addressSeen]").val(),
                "submission", preview.select("input[name=submission]").val()).getResponse().getRedirectedUrl();

        MvcResult pdf = olive.get(item + "/letter.pdf");
        MvcResult docx = olive.get(item + "/letter.docx");

        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(docx.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Pat Parent").contains("1 High Street").contains("Your complaint is closed – " + ref.value());
        }
        assertThat(page(olive.get(casePath(""))).select(".govuk-summary-card:contains(Letters and emails) .govuk-tag").text())
                .isEqualTo("Letter made");
    }

    @Test
    void anAddressOtherThanTheOneRecordedIsRefused() throws Exception {
        Document preview = page(olive.get(casePath("/correspondence/preview"), "template", "acknowledgement-statutory-1"));

        Document refused = page(olive.post(casePath("/correspondence"), "template", "acknowledgement-statutory-1",
                "channel", "EMAIL", "emailSeen", "someone.else@example.org",
                "addressSeen", preview.select("input[name=addressSeen]").val(),
                "submission", preview.select("input[name=submission]").val()));

        assertThat(refused.select(".govuk-error-summary").text())
                .contains("The address is not the one recorded on the case for the complainant or their representative now");
        assertThat(messagesAbout(ref)).isEmpty();
    }

    @Test
    void aComplainantMarkedDoNotContactIsNeverWrittenTo() throws Exception {
        CaseReference quiet = aStageOneComplaint(officer, RECEIVED, new Complainant("Pat Parent", "1 High Street",
                null, "pat.parent@example.org", ComplainantRole.PARENT_RELATIVE, true, false));
        String path = UriComponentsBuilder.fromPath("/cases/{ref}").encode().buildAndExpand(quiet.value()).toUriString();

        Document preview = page(olive.get(path + "/correspondence/preview", "template", "acknowledgement-statutory-1"));
        Document refused = page(olive.post(path + "/correspondence", "template", "acknowledgement-statutory-1",
                "channel", "EMAIL", "emailSeen", "pat.parent@example.org", "addressSeen", "1 High Street",
                "submission", java.util.UUID.randomUUID().toString()));

        assertThat(preview.select(".govuk-warning-text").text()).contains("marked \"do not contact\"");
        assertThat(preview.select("form[action$=/correspondence]")).isEmpty();
        assertThat(refused.select(".govuk-error-summary").text()).contains("marked \"do not contact\"");
        assertThat(messagesAbout(quiet)).isEmpty();
    }

    @Test
    void aRestrictedAddressIsNotOfferedForALetter() throws Exception {
        CaseReference hidden = aStageOneComplaint(officer, RECEIVED, new Complainant("Pat Parent", "A refuge",
                null, "pat.parent@example.org", ComplainantRole.PARENT_RELATIVE, false, true));
        String path = UriComponentsBuilder.fromPath("/cases/{ref}").encode().buildAndExpand(hidden.value()).toUriString();

        Document preview = page(olive.get(path + "/correspondence/preview", "template", "acknowledgement-statutory-1"));
        Document refused = page(olive.post(path + "/correspondence", "template", "acknowledgement-statutory-1",
                "channel", "LETTER", "emailSeen", "pat.parent@example.org", "addressSeen", "A refuge",
                "submission", java.util.UUID.randomUUID().toString()));

        assertThat(preview.select("input[name=channel]").eachAttr("value")).containsExactly("EMAIL");
        assertThat(refused.select(".govuk-error-summary").text()).contains("The address is not the one recorded");
        assertThat(messagesAbout(hidden)).isEmpty();
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedNamingItAndTheSavedWordingIsUsedNext() throws Exception {
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        Visitor clare = new Visitor(mvc, user(manager.username()).roles("COMPLAINTS_MANAGER"));
        Document form = page(clare.get("/settings/templates/advocacy-offer"));
        String version = form.select("input[name=version]").val();

        Document refused = page(clare.post("/settings/templates/advocacy-offer", "subject", "Help for ((child_nam))",
                "body", "Dear ((complainant_name))", "version", version, "action", "save"));
        assertThat(refused.select(".govuk-error-summary a").eachText())
                .containsExactly("There is no merge field called ((child_nam)): use one of those listed");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#subject");

        Document previewed = page(clare.post("/settings/templates/advocacy-offer", "subject", "Help for ((child_name))",
                "body", "Dear ((complainant_name)), ask ((advocacy_provider)).", "version", version, "action", "preview"));
        assertThat(previewed.select("#preview").text()).contains("Help for Sam").contains("Dear Pat Parent, ask Coram Voice.");

        MvcResult saved = clare.post("/settings/templates/advocacy-offer", "subject", "Help for ((child_name))",
                "body", "Dear ((complainant_name)), ask ((advocacy_provider)).", "version", version, "action", "save");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/settings/templates");

        Document preview = page(olive.get(casePath("/correspondence/preview"), "template", "advocacy-offer"));
        assertThat(preview.select("#preview").text()).isEqualTo("Help for Sam Dear Pat Parent, ask Coram Voice.");
        clare.post("/settings/templates/advocacy-offer/reset");
        assertThat(page(olive.get(casePath("/correspondence/preview"), "template", "advocacy-offer"))
                .select("#preview").text()).contains("You can have an advocate to help you");
    }

    @Test
    void staffSeeWhatHeardSentThemAndCanTurnRemindersOff() throws Exception {
        StaffMember responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, RECEIVED));
        move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));
        Visitor rita = new Visitor(mvc, user(responder.username()).roles("RESPONDING_MANAGER"));
        at(LocalDate.of(2026, 12, 30), LocalTime.of(7, 0));
        reminders.run();

        Document mine = page(rita.get("/notifications"));
        assertThat(mine.select("tbody tr").text()).contains("Reminder: Stage 1 response for " + ref.value());

        rita.post("/notifications/preferences", "remindersByEmail", "no");
        at(LocalDate.of(2026, 12, 31), LocalTime.of(7, 0));
        // A new due date (an extension) would be a new reminder: with reminders off, none is queued.
        move(responder, ref, (r, v) -> casework.extend(r, v, 1, heard.calendar.WorkingDays.of(12),
                LocalDate.of(2026, 12, 31), "Waiting for records"));
        reminders.run();
        assertThat(messagesAbout(ref).stream().filter(m -> responder.id() == m.recipientStaffId()).toList()).hasSize(1);
        assertThat(page(rita.get("/notifications")).select("input[name=remindersByEmail][checked]").val()).isEqualTo("no");
    }

    @Test
    void theSettingsRefuseAKeyNotifyWouldNotIssue() throws Exception {
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        Visitor clare = new Visitor(mvc, user(manager.username()).roles("COMPLAINTS_MANAGER"));
        Document form = page(clare.get("/settings/notifications"));
        List<String> kinds = form.select("input[name^=kinds]").eachAttr("value");
        assertThat(kinds).contains("casework.acknowledgement", "casework.response");

        Document refused = page(clare.post("/settings/notifications", "channel", "NOTIFY", "notifyApiKey", "not-a-key",
                "notifyTemplateId", "abc", "maxAttempts", "0", "version", form.select("input[name=version]").val(),
                "kinds[0]", kinds.get(0), "reminderDays[0]", "x"));

        assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly(
                "Enter the API key as GOV.UK Notify shows it: its name followed by two long codes",
                "Enter the template ID as GOV.UK Notify shows it, like 1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b",
                "Enter a whole number of attempts from 1 to 20",
                "Enter a whole number of working days from 0 to 20");
        assertThat(settings.load().channel()).isEqualTo(EmailChannel.SMTP);
    }

    @Test
    void theSettingsSentWithNothingAreRefusedWithTheSummaryNothingSaved() throws Exception {
        StaffMember manager = staff("Nora Manager", Role.COMPLAINTS_MANAGER);
        Visitor nora = new Visitor(mvc, user(manager.username()).roles("COMPLAINTS_MANAGER"));
        MvcResult answer = nora.post("/settings/notifications");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(answer).select(".govuk-error-summary a").eachText()).containsExactly(
                "Select how Heard sends email", "Enter a whole number of attempts from 1 to 20");
        assertThat(settings.load().channel()).isEqualTo(EmailChannel.SMTP);
    }
}
