package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import heard.organisation.OrganisationSettings;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Each form refuses what it should, with the reason in the error summary and nothing saved, and
 * then saves what it should, walking one statutory complaint from receipt to closure.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AStatutoryComplaintGoesThroughEveryStageOnItsFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TestClock clock;

    CaseworkPages pages;
    String reference;
    int version;

    @BeforeEach
    void aComplaintReceivedOnTheFridayBeforeChristmas() throws Exception {
        clock.setDate(LocalDate.of(2024, 12, 20));
        pages = new CaseworkPages(mvc, accounts, organisation);
        reference = pages.log(pages.aPhoneComplaint(LocalDate.of(2024, 12, 20)));
        version = 0;
    }

    @Test
    void everyStageIsRecordedOnItsFormAndEachRefusalIsShownAgainstItsField() throws Exception {
        assertThat(casePage(pages.officer).text()).contains("20 December 2024, Telephone");
        refused(pages.officer, "acknowledge", Map.of("on.day", ""), List.of("Enter the date"), List.of("#on-day"));
        done(pages.officer, "acknowledge", Map.of("on", LocalDate.of(2024, 12, 20), "stage", 1));

        refused(pages.officer, "allocate", Map.of("stage", 1), List.of("Select a member of staff who answers complaints"),
                List.of("#responderId"));
        done(pages.officer, "allocate", Map.of("responderId", pages.responder.id(), "stage", 1));

        clock.setDate(LocalDate.of(2025, 1, 6));
        refused(pages.responder, "extend", Map.of("extendedTo", "30", "agreedOn", LocalDate.of(2025, 1, 6), "reason", "Records",
                "stage", 1), List.of("Stage 1 can be extended to 20 working days at most"), List.of("#extendedTo"));
        refused(pages.responder, "extend", Map.of("extendedTo", "twenty", "agreedOn", LocalDate.of(2025, 1, 6), "stage", 1),
                List.of("Enter the number of working days as a whole number, like 20"), List.of("#extendedTo"));
        done(pages.responder, "extend", Map.of("extendedTo", "20", "agreedOn", LocalDate.of(2025, 1, 6),
                "reason", "Records held by another council", "stage", 1));
        assertThat(casePage(pages.responder).text()).contains("Extended to 20 working days", "Wednesday 22 January 2025", "Extended from 8 January 2025");

        Map<String, Object> answer = new HashMap<>(Map.of("respondedOn", LocalDate.of(2025, 1, 6),
                "outcome", "PARTIALLY_UPHELD", "findings[0].finding", "UPHELD", "remedies", List.of("APOLOGY", "FINANCIAL_REMEDY"),
                "remedyAmount[FINANCIAL_REMEDY]", "£12.345", "stage", 1, "elements", 2));
        refused(pages.responder, "respond", answer, List.of("Enter the amount in pounds and pence, like £1,300.00"),
                List.of("#remedyAmount[FINANCIAL_REMEDY]"));
        answer.put("remedyAmount[FINANCIAL_REMEDY]", "£1,300.00");
        refused(pages.responder, "respond", answer, List.of("Record a finding for element 2"), List.of("#findings[1].finding"));
        answer.put("findings[1].finding", "NOT_UPHELD");
        answer.put("findings[1].reasons", "The review was moved, not cancelled");
        answer.put("actions", "Remind the team to return calls\nCheck reviews are not cancelled");
        done(pages.responder, "respond", answer);
        assertThat(casePage(pages.officer).text()).contains("Partially upheld", "Apology", "Financial remedy: £1,300.00",
                "The review was moved, not cancelled", "Remind the team to return calls", "Met on 6 January 2025");

        Document open = CaseworkPages.page(pages.get(pages.officer, path("request-next-stage")));
        assertThat(open.text()).contains("The complainant can ask for the next stage until 3 February 2025");
        assertThat(open.select(".govuk-warning-text")).isEmpty();

        clock.setDate(LocalDate.of(2025, 3, 3));
        Document late = CaseworkPages.page(pages.get(pages.officer, path("request-next-stage")));
        assertThat(late.text()).contains("The complainant could ask for the next stage until 3 February 2025");
        assertThat(late.select(".govuk-warning-text").text()).contains("The time to ask for the next stage has passed");
        refused(pages.officer, "request-next-stage", Map.of("requestedOn", LocalDate.of(2025, 3, 3)),
                List.of("The request came after 3 February 2025, more than 20 working days after the answer. "
                        + "To accept it for Stage 2, record why the council is using its discretion"), List.of("#discretion"));
        done(pages.officer, "request-next-stage", Map.of("requestedOn", LocalDate.of(2025, 3, 3),
                "discretion", "The complainant was in hospital"));

        refused(pages.officer, "appoint-investigators", Map.of("officerName", "Ivan Investigator",
                "officerAppointedOn", LocalDate.of(2025, 3, 3), "personName", "Ida Independent",
                "personAppointedOn", LocalDate.of(2025, 3, 3)),
                List.of("The Independent Person must be independent of the council. Confirm that they are, or appoint someone who is"),
                List.of("#personIndependent"));
        done(pages.officer, "appoint-investigators", Map.of("officerName", "Ivan Investigator",
                "officerAppointedOn", LocalDate.of(2025, 3, 3), "personName", "Ida Independent",
                "personAppointedOn", LocalDate.of(2025, 3, 3), "personIndependent", "true"));

        clock.setDate(LocalDate.of(2025, 3, 17));
        refused(pages.officer, "agree-statement", Map.of("on", LocalDate.of(2025, 3, 18)),
                List.of("The date must be today or in the past"), List.of("#on-day"));
        done(pages.officer, "agree-statement", Map.of("on", LocalDate.of(2025, 3, 17)));
        assertThat(casePage(pages.officer).text()).contains("10 working days after the request");

        clock.setDate(LocalDate.of(2025, 4, 14));
        done(pages.officer, "record-investigation-report", Map.of("on", LocalDate.of(2025, 4, 14)));

        Map<String, Object> adjudication = new HashMap<>(Map.of("respondedOn", LocalDate.of(2025, 4, 14),
                "outcome", "NOT_UPHELD", "findings[0].finding", "NOT_UPHELD", "findings[1].finding", "NOT_UPHELD", "elements", 2));
        refused(pages.officer, "adjudicate", adjudication, List.of("Select the senior manager who adjudicated"),
                List.of("#adjudicatorId"));
        adjudication.put("adjudicatorId", pages.senior.id());
        done(pages.officer, "adjudicate", adjudication);

        done(pages.officer, "request-next-stage", Map.of("requestedOn", LocalDate.of(2025, 4, 14)));
        Map<String, Object> panel = new HashMap<>(Map.of("appointedOn", LocalDate.of(2025, 4, 14), "chair", "Carol Chair",
                "memberOne", "Pete Panel", "memberOneIndependent", "true", "memberTwo", "Ida Independent",
                "memberTwoIndependent", "true"));
        refused(pages.officer, "appoint-panel", panel, List.of("Carol Chair must be independent of the council to sit on the review panel"),
                List.of("#chair"));
        panel.put("chairIndependent", "true");
        refused(pages.officer, "appoint-panel", panel,
                List.of("Ida Independent was the Stage 2 Independent Person, so cannot sit on the review panel"), List.of("#memberTwo"));
        panel.put("memberTwo", "Mo Member");
        done(pages.officer, "appoint-panel", panel);

        clock.setDate(LocalDate.of(2025, 5, 12));
        done(pages.officer, "hold-panel", Map.of("on", LocalDate.of(2025, 5, 12)));
        done(pages.officer, "record-panel-report", Map.of("on", LocalDate.of(2025, 5, 12)));
        assertThat(CaseworkPages.page(pages.get(pages.officer, path("respond"))).select("h1").text())
                .isEqualTo("Record the authority's response");
        done(pages.officer, "respond", Map.of("respondedOn", LocalDate.of(2025, 5, 12), "outcome", "NOT_UPHELD", "stage", 3));

        assertThat(pages.get(pages.officer, path("close")).getResponse().getStatus()).isEqualTo(404);
        refused(pages.manager, "close", Map.of("on", LocalDate.of(2025, 5, 9)),
                List.of("The case cannot be closed before its last outcome (12 May 2025)"), List.of("#on-day"));
        done(pages.manager, "close", Map.of("on", LocalDate.of(2025, 5, 12)));
        refused(pages.manager, "reopen", Map.of("text", " "), List.of("Enter why the case is being reopened"), List.of("#text"));
        assertThat(casePage(pages.manager).text()).contains("This case was closed on 12 May 2025", "Case closed",
                "Review panel reported", "Stage 2 requested", "The complainant was in hospital");
    }

    /**
     * The Investigating Officer's statement of complaint is sent for agreement by the council's default of 10 working
     * days, amended at the complainant's request and sent again to agree by a day the officer enters, then agreed:
     * each refusal against its field, the case page saying where it stands, the timeline recording each step.
     */
    @Test
    void theStageTwoStatementIsSentAmendedAndAgreedOnItsForms() throws Exception {
        done(pages.officer, "acknowledge", Map.of("on", LocalDate.of(2024, 12, 20), "stage", 1));
        done(pages.officer, "allocate", Map.of("responderId", pages.responder.id(), "stage", 1));
        clock.setDate(LocalDate.of(2025, 1, 6));
        done(pages.responder, "respond", Map.of("respondedOn", LocalDate.of(2025, 1, 6), "outcome", "NOT_UPHELD",
                "findings[0].finding", "NOT_UPHELD", "findings[1].finding", "NOT_UPHELD", "stage", 1, "elements", 2));
        clock.setDate(LocalDate.of(2025, 1, 14));
        done(pages.officer, "request-next-stage", Map.of("requestedOn", LocalDate.of(2025, 1, 10)));

        refused(pages.officer, "send-statement", Map.of("sentOn.day", ""), List.of("Enter the date the statement was sent"),
                List.of("#sentOn-day"));
        refused(pages.officer, "send-statement", Map.of("sentOn", LocalDate.of(2025, 1, 9)),
                List.of("The statement cannot be sent before Stage 2 was requested (10 January 2025)"), List.of("#sentOn-day"));
        refused(pages.officer, "send-statement", Map.of("sentOn", LocalDate.of(2025, 1, 14), "agreeBy", LocalDate.of(2025, 1, 13)),
                List.of("The day to agree by must be after the day the statement is sent (14 January 2025)"),
                List.of("#agreeBy-day"));
        refused(pages.officer, "send-statement", Map.of("sentOn", LocalDate.of(2025, 1, 14), "agreeBy.day", "31",
                "agreeBy.month", "2", "agreeBy.year", "2025"), List.of("The date to agree by must be a real date"),
                List.of("#agreeBy-day"));
        // Left blank, the day to agree by is 10 working days after sending: Tuesday 28 January.
        done(pages.officer, "send-statement", Map.of("sentOn", LocalDate.of(2025, 1, 14)));
        assertThat(casePage(pages.officer).text()).contains("Sent for agreement on 14 January 2025, to agree by 28 January 2025",
                "Not yet agreed", "Written statement of complaint sent to the complainant for agreement");

        clock.setDate(LocalDate.of(2025, 1, 21));
        Document again = CaseworkPages.page(pages.get(pages.officer, path("send-statement")));
        assertThat(again.text()).contains("this records the amended statement");
        done(pages.officer, "send-statement", Map.of("sentOn", LocalDate.of(2025, 1, 21), "agreeBy", LocalDate.of(2025, 1, 31)));
        assertThat(casePage(pages.officer).text()).contains(
                "Amended at the complainant's request (once): sent again on 21 January 2025, to agree by 31 January 2025",
                "Amended statement of complaint sent to the complainant for agreement");

        clock.setDate(LocalDate.of(2025, 1, 24));
        refused(pages.officer, "agree-statement", Map.of("on", LocalDate.of(2025, 1, 20)),
                List.of("The statement cannot be agreed before it was sent (21 January 2025)"), List.of("#on-day"));
        done(pages.officer, "agree-statement", Map.of("on", LocalDate.of(2025, 1, 24)));
        Document page = casePage(pages.officer);
        assertThat(page.text()).contains("Agreed on 24 January 2025");
        assertThat(pages.get(pages.officer, path("send-statement")).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aNoteACostAndMediationAreRecordedBesideTheProcedure() throws Exception {
        refused(pages.officer, "add-note", Map.of("text", ""), List.of("Enter the note"), List.of("#text"));
        done(pages.officer, "add-note", Map.of("text", "Called the complainant back"));
        refused(pages.officer, "record-cost", Map.of("kind", "INVESTIGATING_OFFICER", "amount", "£900",
                "incurredOn", LocalDate.of(2024, 12, 20)), List.of("This cost belongs to Stage 2, which the complaint has not reached"),
                List.of("#kind"));
        refused(pages.officer, "record-cost", Map.of("incurredOn", LocalDate.of(2024, 12, 20)),
                List.of("Select what the cost was for", "Enter the amount"), List.of("#kind", "#amount"));
        done(pages.officer, "record-cost", Map.of("kind", "MEDIATION", "amount", "£1,300.00", "incurredOn", LocalDate.of(2024, 12, 20)));
        done(pages.officer, "record-adr", Map.of("kind", "MEDIATION", "heldOn", LocalDate.of(2024, 12, 20),
                "participants", "Pat Parent and Rita Responder", "result", "Agreed to meet monthly", "cost", "250"));
        assertThat(casePage(pages.officer).text()).contains("Called the complainant back", "£1,300.00", "£250.00",
                "Agreed to meet monthly");
    }

    @Test
    void aSuspensionPausesTheClockUntilItResumesAndAWithdrawalEndsTheStage() throws Exception {
        refused(pages.officer, "suspend", Map.of("from", LocalDate.of(2024, 12, 20)), List.of("Select why the complaint is suspended"),
                List.of("#reason"));
        done(pages.officer, "suspend", Map.of("from", LocalDate.of(2024, 12, 20), "reason", "POLICE_INVESTIGATION"));
        assertThat(casePage(pages.officer).text()).contains("the clock is paused");
        clock.setDate(LocalDate.of(2025, 1, 10));
        refused(pages.officer, "resume", Map.of("on", LocalDate.of(2024, 12, 20)),
                List.of("The clock must restart after the suspension began (20 December 2024)"), List.of("#on-day"));
        done(pages.officer, "resume", Map.of("on", LocalDate.of(2025, 1, 10)));
        done(pages.officer, "withdraw", Map.of("withdrawnOn", LocalDate.of(2025, 1, 10), "reason", "Resolved informally"));
        assertThat(casePage(pages.officer).text()).contains("Withdrawn", "Resolved informally");
    }

    @Test
    void detailsAreCorrectedAndTheProcedureChangedWithReasons() throws Exception {
        Map<String, Object> details = pages.aPhoneComplaint(LocalDate.of(2024, 12, 20));
        details.remove("procedure");
        details.put("complainantName", "Patricia Parent");
        done(pages.officer, "correct-details", details);
        refused(pages.officer, "change-procedure", Map.of("procedure", "CORPORATE"),
                List.of("Enter the reasons for the change of procedure"), List.of("#reasons"));
        done(pages.officer, "change-procedure", Map.of("procedure", "CORPORATE", "reasons", "About a school transport decision"));
        assertThat(casePage(pages.officer).text()).contains("Patricia Parent", "Corporate (the council's procedure)",
                "About a school transport decision");
    }

    @Test
    void aComplaintMadeMoreThanTwelveMonthsAfterTheMatterWaitsForTheManagersDecision() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(LocalDate.of(2024, 12, 20));
        fields.put("matterOccurredOn", LocalDate.of(2023, 6, 1));
        reference = pages.log(fields);
        version = 0;
        assertThat(casePage(pages.officer).select(".govuk-warning-text").text())
                .contains("more than 12 months after the matter (1 June 2023)");
        assertThat(pages.get(pages.officer, path("accept-late-complaint")).getResponse().getStatus()).isEqualTo(404);
        refused(pages.manager, "accept-late-complaint", Map.of("text", ""),
                List.of("Enter the reasons for accepting a complaint made more than 12 months after the matter"), List.of("#text"));
        done(pages.manager, "accept-late-complaint", Map.of("text", "The family only learnt of it in November"));
        assertThat(casePage(pages.officer).text()).contains("The family only learnt of it in November");
    }

    @Test
    void aRepresentationIsAnsweredOnItsForm() throws Exception {
        Map<String, Object> fields = pages.aPhoneComplaint(LocalDate.of(2024, 12, 20));
        fields.put("recordType", "REPRESENTATION");
        fields.remove("procedure");
        reference = pages.log(fields);
        version = 0;
        done(pages.officer, "answer-representation", Map.of("on", LocalDate.of(2024, 12, 20)));
        assertThat(casePage(pages.officer).text()).contains("Representation answered");
    }

    /** Posts a move that should be refused: the page comes back with these errors, and the case is unchanged. */
    private void refused(StaffMember as, String move, Map<String, ?> fields, List<String> errors, List<String> links)
            throws Exception {
        MvcResult result = pages.post(as, path(move), withVersion(fields));
        assertThat(result.getResponse().getStatus()).as(move).isEqualTo(200);
        assertThat(CaseworkPages.errors(result)).as(move).containsExactlyElementsOf(errors);
        assertThat(CaseworkPages.errorLinks(result)).as(move).containsExactlyElementsOf(links);
        assertThat(CaseworkPages.page(pages.get(pages.officer, "/cases/" + reference))
                .select("input[name=version]")).isEmpty();
        assertThat(currentVersion()).as("nothing saved by a refused " + move).isEqualTo(version);
    }

    /** Posts a move that should be made: back to the case page with a notice, and the case one version on. */
    private void done(StaffMember as, String move, Map<String, ?> fields) throws Exception {
        MvcResult result = pages.post(as, path(move), withVersion(fields));
        assertThat(result.getResponse().getRedirectedUrl()).as(move + " " + CaseworkPages.errors(result))
                .isEqualTo("/cases/" + reference);
        assertThat(result.getFlashMap().get("notice")).as(move).isNotNull();
        version++;
        assertThat(currentVersion()).isEqualTo(version);
    }

    private Map<String, Object> withVersion(Map<String, ?> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put("version", version);
        return all;
    }

    private int currentVersion() throws Exception {
        Document form = CaseworkPages.page(pages.get(pages.manager, path("add-note")));
        return Integer.parseInt(form.select("input[name=version]").val());
    }

    private Document casePage(StaffMember as) throws Exception {
        return CaseworkPages.page(pages.get(as, "/cases/" + reference));
    }

    private String path(String move) {
        return "/cases/" + reference + "/" + move;
    }
}
