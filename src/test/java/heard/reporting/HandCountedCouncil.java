package heard.reporting;

import static heard.casework.Outcome.ESCALATED_WITHOUT_RESPONSE;
import static heard.casework.Outcome.INCONCLUSIVE;
import static heard.casework.Outcome.NOT_UPHELD;
import static heard.casework.Outcome.PARTIALLY_UPHELD;
import static heard.casework.Outcome.UPHELD;
import static heard.casework.Outcome.WITHDRAWN;
import static heard.reporting.CaseLog.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import heard.casework.AdrKind;
import heard.casework.AdrSession;
import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.CaseworkImport;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.Cost;
import heard.casework.CostKind;
import heard.casework.Money;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import heard.organisation.Team;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.SignedIn;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council's case log whose figures for 2022/23 (and a few for 2023/24) were counted by hand; the
 * tests that use it say how each figure comes about. Its dates sit either side of deadlines that run
 * across Easter 2022 and 2023, the 2022 Platinum Jubilee, the Queen's funeral, Christmas 2022 and the
 * 2023 Coronation. Due dates (day 0 is the start):
 * <pre>
 *   Stage 1, 10 days from Fri 16 Dec 2022: Wed 4 Jan 2023 (26, 27 Dec and 2 Jan are bank holidays); 20 days: Wed 18 Jan
 *   Stage 1, 10 days from Wed 6 Apr 2022: Fri 22 Apr (Good Friday 15, Easter Monday 18 April)
 *   Stage 1, 10 days from Fri 27 May 2022: Tue 14 Jun (Jubilee 2 and 3 June)
 *   Stage 1, 10 days from Mon 5 Sep 2022: Tue 20 Sep (the Queen's funeral, 19 September)
 *   Stage 1, 10 days from Mon 21 Mar 2022: Mon 4 Apr; from Tue 1 Nov 2022: Tue 15 Nov; from Thu 23 Mar 2023: Thu 6 Apr
 *   Stage 1, 10 days from Mon 7 Mar 2022: Mon 21 Mar; from Mon 28 Mar 2022: Mon 11 Apr; from Tue 29 Mar 2022: Tue 12 Apr
 *   Stage 1, 10 days from Fri 28 Apr 2023: Tue 16 May (1 May and the Coronation, 8 May); from Mon 3 Apr 2023: Wed 19 Apr
 *   Stage 2, from Mon 10 Oct 2022: 25 days Mon 14 Nov, 65 days Thu 12 Jan 2023; from Wed 20 Apr 2022: 25 days Thu 26 May
 *   Stage 3, from Mon 6 Jun 2022: panel in 30 days Mon 18 Jul;
 *            report 5 days after the panel of Fri 15 Jul: Fri 22 Jul; answer 15 days after the report of 25 Jul: Mon 15 Aug
 *   Member enquiry, 5 days from Fri 16 Dec 2022: Fri 23 Dec; from Tue 31 May 2022: Thu 9 Jun
 * </pre>
 * Tests share it through {@link HandCountedCouncilTest}: it is loaded once into each test context's database,
 * and tests only read it (or change what no other test counts).
 */
final class HandCountedCouncil {

    static final ReportPeriod YEAR = ReportPeriod.financialYear(2022);
    static final ReportPeriod NEXT_YEAR = ReportPeriod.financialYear(2023);

    long safeguarding;
    long childrenInCare;
    long teamA;
    long teamB;
    long fostering;
    long communication;
    long staffAttitude;
    long delay;
    /** Logged in Heard and answered there with actions: X1 in 2021/22, X2 and X3 in April 2022. */
    CaseReference x1;
    CaseReference x2;
    CaseReference x3;

    /**
     * Creates the council's structure and brings the log in; a complaints officer then records in Heard one cost,
     * conciliation meetings and mediations, and three complaints answered with actions.
     */
    HandCountedCouncil load(OrganisationSettings settings, Organisation organisation, TransactionTemplate transaction,
                            CaseworkImport casework, Feedbacks feedbacks, Ombudsman lgsco, Casework cases,
                            StaffAccounts accounts) {
        safeguarding = settings.addServiceArea("Safeguarding").id();
        childrenInCare = settings.addServiceArea("Children in Care").id();
        teamA = settings.addTeam(safeguarding, "Safeguarding Team A", date("2015-01-01")).id();
        Team b = settings.addTeam(safeguarding, "Safeguarding Team B", date("2015-01-01"));
        teamB = b.id();
        settings.renameTeam(teamB, b.version(), "Safeguarding East", date("2023-06-01"));
        fostering = settings.addTeam(childrenInCare, "Fostering", date("2015-01-01")).id();
        communication = organisation.issueCategoryNamed("Communication").orElseThrow().id();
        staffAttitude = organisation.issueCategoryNamed("Staff attitude/behaviour").orElseThrow().id();
        delay = organisation.issueCategoryNamed("Delay in service").orElseThrow().id();

        CaseLog log = new CaseLog();
        // Friday before Christmas 2022: due Wed 4 Jan, extended Wed 18 Jan.
        log.complaint("C01", "2022-12-16").team(safeguarding, teamA).issues(communication, staffAttitude)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.TELEPHONE).child(Sex.FEMALE, "WBRI", 7)
                .stage1("2023-01-04", UPHELD).remedies("250.00", RemedyType.APOLOGY, RemedyType.FINANCIAL_REMEDY).add();
        log.complaint("C02", "2022-12-16").team(safeguarding, teamA).issues(communication)
                .from(ComplainantRole.YOUNG_PERSON, Channel.EMAIL).child(Sex.MALE, "BCRB", 15).advocacy(Advocacy.USED)
                .stage1("2023-01-05", NOT_UPHELD).add();
        log.complaint("C03", "2022-12-16").team(safeguarding, teamB).issues(delay)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.EMAIL).child(Sex.FEMALE, "WIRI", 3)
                .stage1("2023-01-18", PARTIALLY_UPHELD, true).remedies("75.25", RemedyType.REIMBURSEMENT).add();
        log.complaint("C04", "2022-12-16").team(safeguarding, teamB).issues(communication)
                .from(ComplainantRole.FOSTER_CARER, Channel.LETTER).child(Sex.MALE, "MWBC", 10)
                .stage1("2023-01-19", NOT_UPHELD, true).add();
        // Easter 2022: due Fri 22 April; answered on Saturday 23 April is late.
        log.complaint("C05", "2022-04-06").team(childrenInCare, fostering).issues(staffAttitude)
                .from(ComplainantRole.YOUNG_PERSON, Channel.WEB_FORM).child(Sex.FEMALE, "Kurdish", 16)
                .advocacy(Advocacy.OFFERED).stage1("2022-04-22", INCONCLUSIVE).add();
        log.complaint("C06", "2022-04-06").team(childrenInCare, fostering)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.TELEPHONE).child(Sex.MALE, "AIND", 12)
                .stage1("2022-04-23", UPHELD).add();
        // Platinum Jubilee 2022, a service area without a team: due Tue 14 June.
        log.complaint("C07", "2022-05-27").team(safeguarding, null).issues(communication)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.TELEPHONE).stage1("2022-06-14", NOT_UPHELD).add();
        log.complaint("C08", "2022-05-27").team(safeguarding, null)
                .from(ComplainantRole.ADVOCATE, Channel.EMAIL).child(Sex.FEMALE, "WBRI", 17).advocacy(Advocacy.USED)
                .stage1("2022-06-15", NOT_UPHELD).add();
        // The Queen's funeral, 19 September 2022: due Tue 20 September. C09 goes on to Stage 2, extended.
        log.complaint("C09", "2022-09-05").team(safeguarding, teamA).issues(delay, communication)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.COMPLAINT_FORM).child(Sex.MALE, "WBRI", 8)
                .stage1("2022-09-20", NOT_UPHELD).stage2("2022-10-03", "2022-10-10", true, "2022-12-20", PARTIALLY_UPHELD)
                .remedies(null, RemedyType.SERVICE_CHANGE).costs("1000.00", "350.50", null, null).add();
        log.complaint("C10", "2022-09-05").team(safeguarding, teamB).issues(staffAttitude)
                .from(ComplainantRole.SOLICITOR, Channel.LETTER).child(Sex.FEMALE, "BAFR", 5)
                .stage1("2022-09-21", PARTIALLY_UPHELD).add();
        // Received in 2022/23, answered in 2023/24 (due Thu 6 April 2023, over Easter 2023).
        log.complaint("C11", "2023-03-23").team(safeguarding, teamA).issues(communication)
                .from(ComplainantRole.YOUNG_PERSON, Channel.TELEPHONE).child(Sex.OTHER, "WOTH", 19).advocacy(Advocacy.USED)
                .stage1("2023-04-06", NOT_UPHELD).add();
        // The Coronation, 8 May 2023: due Tue 16 May.
        log.complaint("C12", "2023-04-28").team(safeguarding, teamA).stage1("2023-05-16", UPHELD).add();
        log.complaint("C13", "2023-04-28").team(safeguarding, teamB).stage1("2023-05-17", NOT_UPHELD).add();
        // Received in 2021/22, answered in 2022/23, then through Stages 2 and 3 with the imported costs of all three.
        log.complaint("C14", "2022-03-21").team(safeguarding, teamB).issues(delay)
                .stage1("2022-04-01", NOT_UPHELD).stage2("2022-04-20", null, false, "2022-05-25", NOT_UPHELD)
                .stage3("2022-06-06", "2022-07-15", "2022-07-25", "2022-08-05", NOT_UPHELD)
                .remedies("500.00").costs("1200.00", "400.00", "900.00", null).add();
        // Went to Stage 2 before Stage 1 answered; Stage 2 still open.
        log.complaint("C15", "2022-06-01").team(safeguarding, teamA).issues(staffAttitude)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.EMAIL).child(Sex.NOT_KNOWN, "REFU", 1)
                .stage1(null, ESCALATED_WITHOUT_RESPONSE).stage2("2022-07-04", null, false, null, null).add();
        // Withdrawn in the year, and withdrawn in the next.
        log.complaint("C16", "2022-10-03").team(childrenInCare, fostering).issues(communication)
                .from(ComplainantRole.PROFESSIONAL, Channel.IN_PERSON).child(Sex.FEMALE, "CHNE", 9)
                .withdrawn("2022-10-10").stage1(null, WITHDRAWN).costs(null, null, null, "200.00").add();
        log.complaint("C17", "2023-03-01").team(childrenInCare, fostering).issues(delay)
                .from(ComplainantRole.ANONYMOUS, Channel.OTHER).withdrawn("2023-04-12").stage1(null, WITHDRAWN)
                .remedies("40.00").add();
        log.corporateComplaint("C18", "2022-11-01").team(safeguarding, teamB).issues(staffAttitude)
                .from(ComplainantRole.PARENT_RELATIVE, Channel.WEB_FORM).child(Sex.MALE, "WBRI", 14)
                .stage1("2022-11-10", UPHELD).add();
        log.nonQualifying("C19", "2022-11-02").team(safeguarding, teamA).add();
        log.representation("C20", "2022-11-03").team(safeguarding, teamA).answered("2022-11-05").add();
        log.complaint("C21", "2021-06-01").team(safeguarding, teamA).stage1("2021-06-10", UPHELD).add();
        // Neither service area nor team, not yet answered.
        log.complaint("C22", "2022-08-01").stage1(null, null).add();
        log.complaint("C23", "2023-04-03").team(childrenInCare, fostering).stage1("2023-04-19", UPHELD).add();

        log.feedback("F1", FeedbackType.COMPLIMENT, "2022-05-10", safeguarding, teamA, null, true,
                        "The social worker listened to us and kept every promise.")
                .feedback("F2", FeedbackType.COMPLIMENT, "2022-08-15", safeguarding, teamA, null, false, "Thank you.")
                .feedback("F3", FeedbackType.COMPLIMENT, "2022-12-01", childrenInCare, fostering, null, true,
                        "Our foster carers were supported through a hard winter.")
                .feedback("F4", FeedbackType.COMPLIMENT, "2023-01-20", safeguarding, null, null, false, "Kind words.")
                .feedback("F5", FeedbackType.COMPLIMENT, "2021-07-01", safeguarding, teamB, null, false, "Thanks.")
                .feedback("F6", FeedbackType.COMMENT, "2022-06-01", safeguarding, teamA, null, false, "A comment.")
                .feedback("M1", FeedbackType.MEMBER_ENQUIRY, "2022-12-16", safeguarding, teamA, "2022-12-23", false, null)
                .feedback("M2", FeedbackType.MEMBER_ENQUIRY, "2022-12-16", safeguarding, teamA, "2022-12-28", false, null)
                .feedback("M3", FeedbackType.MEMBER_ENQUIRY, "2022-05-31", safeguarding, teamB, "2022-06-08", false, null)
                .feedback("M4", FeedbackType.MEMBER_ENQUIRY, "2023-03-30", safeguarding, teamB, null, false, null);

        log.ombudsman("C14", "2022-09-01", OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, "2022-12-01")
                .ombudsman("C21", "2022-02-01", OmbudsmanDecision.NOT_UPHELD_NO_FAULT, "2022-05-10")
                .ombudsman("C09", "2023-03-01", null, null);

        log.importInto(transaction, casework, feedbacks, lgsco);

        // A cost entered in Heard counts on its own date (2023/24), not on the day the case was received (2022/23).
        String officer = "olive.officer";
        accounts.create(new NewStaffAccount(officer, "Olive Officer", null, Set.of(Role.COMPLAINTS_OFFICER), null, true));
        SignedIn.as(officer, () -> {
            cases.recordCost(new CaseReference("C15"), 0,
                    new Cost(CostKind.INVESTIGATING_OFFICER, Money.of("800.00"), LocalDate.parse("2023-04-03")));
            // Held in 2022/23: two conciliation meetings (C09 Team A, C03 Team B) and a mediation (C16, Fostering,
            // whose cost the log already holds). C14's mediation on 31 March 2022 is the last day of 2021/22.
            recordAdr(cases, "C09", AdrKind.CONCILIATION_MEETING, "2022-10-20", "Agreed how the family hears of changes");
            recordAdr(cases, "C16", AdrKind.MEDIATION, "2022-10-06", null);
            recordAdr(cases, "C03", AdrKind.CONCILIATION_MEETING, "2023-01-10", null);
            recordAdr(cases, "C14", AdrKind.MEDIATION, "2022-03-31", "No agreement");
            // Received in March 2022, each answered within 10 working days (not upheld) with actions: X1 in 2021/22,
            // X2 (Team B, two actions) and X3 (Safeguarding, no team) in April 2022.
            x1 = answeredWithActions(cases, "2022-03-07", childrenInCare, fostering, "2022-03-18",
                    "Tell foster carers of placement changes in writing");
            x2 = answeredWithActions(cases, "2022-03-28", safeguarding, teamB, "2022-04-08",
                    "Return calls within two working days", "Share visit notes with parents");
            x3 = answeredWithActions(cases, "2022-03-29", safeguarding, null, "2022-04-12",
                    "Train duty staff in recording complaints");
        });
        return this;
    }

    private static void recordAdr(Casework cases, String reference, AdrKind kind, String heldOn, String result) {
        CaseReference ref = new CaseReference(reference);
        cases.recordAdr(ref, cases.view(ref).orElseThrow().complaint().version(),
                new AdrSession(kind, date(heldOn), null, result), null);
    }

    private static CaseReference answeredWithActions(Casework cases, String received, long areaId, Long teamId,
                                                     String answered, String... actions) {
        CaseReference ref = cases.log(new NewComplaint(new ComplaintDetails(date(received), null, null, null, false, null,
                null, null, areaId, teamId, List.of(), List.of(), null, null, null), ProcedureKind.STATUTORY, null, null));
        cases.respond(ref, cases.view(ref).orElseThrow().complaint().version(), 1, date(answered), NOT_UPHELD,
                List.of(), List.of(), List.of(actions));
        return ref;
    }
}
