package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Money;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.SignedIn;
import heard.testing.TestClock;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The learning register downloads as CSV and Excel, filtered as its page is: the actions (only those the person sees
 * there), the lessons and the Ombudsman's remedies; a cell a spreadsheet would run as a formula is neutralised, the
 * password is asked for again unless given in the last few minutes, and each download is in the audit trail.
 */
@DatabaseTest
@AutoConfigureMockMvc
class TheRegisterDownloadsAsSpreadsheetsThatRunNoFormulaTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Pay\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    Learning learning;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    String officer;
    StaffMember teamManager;
    String manager;
    CaseReference complaint;
    Theme theme;
    long lesson;

    @BeforeEach
    void aLessonTwoActionsAndARemedy() {
        clock.setDate(LocalDate.of(2026, 5, 5));
        officer = LearningFixtures.aMember(accounts, "Olive Officer", Role.COMPLAINTS_OFFICER).member().username();
        manager = LearningFixtures.aMember(accounts, "Meg Manager", Role.COMPLAINTS_MANAGER).member().username();
        teamManager = LearningFixtures.aMember(accounts, "Rita Responder", Role.RESPONDING_MANAGER).member();
        complaint = LearningFixtures.aComplaint(casework, officer, LocalDate.of(2026, 4, 1));
        theme = SignedIn.as(manager, () -> learning.addTheme("Records " + UUID.randomUUID().toString().substring(0, 6)));
        SignedIn.as(officer, () -> {
            lesson = learning.recordLesson(new NewLesson(FORMULA, theme.id(), null, null, List.of(complaint.value())));
            learning.raiseAction(new NewAction("-1 call a week is not enough", ActionOrigin.CASES,
                    List.of(complaint.value()), lesson, teamManager.id(), LocalDate.of(2026, 5, 20), null, null));
        });
        SignedIn.as(officer, () -> {
            StaffMember me = learning.possibleOwners().stream().filter(m -> m.username().equals(officer)).findFirst()
                    .orElseThrow();
            learning.raiseAction(new NewAction("Train the team in recording calls", ActionOrigin.CASES,
                    List.of(complaint.value()), lesson, me.id(), LocalDate.of(2026, 6, 1), null, null));
        });
        ombudsman.record(new OmbudsmanRecord(complaint, "25 001 234", LocalDate.of(2026, 4, 20),
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, LocalDate.of(2026, 5, 1), null, null, null), -1);
        SignedIn.as(officer, () -> learning.askRemedy(complaint, RemedyKind.PAYMENT, Money.of("300"), "@SUM(A1:A9)",
                LocalDate.of(2026, 5, 29)));
    }

    @Test
    void theRegisterLinksToItsOwnFiltersAsCsvAndExcel() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/learning").param("theme", String.valueOf(theme.id()))
                .with(justSignedIn(officer, Role.COMPLAINTS_OFFICER))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#actions-export a").eachAttr("href")).containsExactly(
                "/learning/export/actions?team=&theme=" + theme.id() + "&status=&overdue=&format=CSV",
                "/learning/export/actions?team=&theme=" + theme.id() + "&status=&overdue=&format=XLSX");
        assertThat(page.select("#lessons-export a").eachAttr("href")).containsExactly(
                "/learning/export/lessons?team=&theme=" + theme.id() + "&format=CSV",
                "/learning/export/lessons?team=&theme=" + theme.id() + "&format=XLSX");
        assertThat(page.select("#remedies-export a").eachAttr("href")).containsExactly(
                "/learning/export/remedies?overdue=&format=CSV", "/learning/export/remedies?overdue=&format=XLSX");
    }

    @Test
    void theActionsAsCsvAreThoseThePageFindsWithFormulasNeutralised() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/learning/export/actions").param("theme",
                String.valueOf(theme.id())).param("format", "CSV").with(justSignedIn(officer, Role.COMPLAINTS_OFFICER)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "learning-actions-2026-05-05.csv");
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFNumber,Action,Cases,Origin,Lesson,Service area,Team,Agreed,Owner,Due,"
                + "Status,Overdue,Work started,Done,Evidence,Dropped,Reason dropped,You said,We did");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",'-1 call a week is not enough," + complaint.value()
                + ",Raised from the cases," + lesson + ",,,2026-05-05,Rita Responder,2026-05-20,Agreed,No,");
        assertThat(lines.get(2)).contains(",Train the team in recording calls,", ",Olive Officer,2026-06-01,Agreed,No,");
        assertThat(audit.history(new AuditSubject("learning-register", "export"))).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(officer);
            assertThat(e.summary()).contains("actions, 2 rows", "theme " + theme.id(), "CSV");
        });

        // A team manager downloads only what the register shows them: the action given to them.
        clock.setDate(LocalDate.of(2026, 5, 21));
        List<String> theirs = mvc.perform(get("/learning/export/actions").param("theme", String.valueOf(theme.id()))
                        .param("overdue", "true").with(justSignedIn(teamManager.username(), Role.RESPONDING_MANAGER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(theirs).hasSize(2);
        assertThat(theirs.get(1)).contains("'-1 call a week", ",Rita Responder,2026-05-20,Agreed,Yes,");
    }

    @Test
    void theLessonsAndRemediesAsWorkbooksHaveDatesAsDatesAndNoFormula() throws Exception {
        MockHttpServletResponse lessons = mvc.perform(get("/learning/export/lessons").param("theme",
                String.valueOf(theme.id())).param("format", "XLSX").with(justSignedIn(officer, Role.COMPLAINTS_OFFICER)))
                .andReturn().getResponse();
        assertThat(lessons.getHeader("Content-Disposition")).contains("learning-lessons-2026-05-05.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(lessons.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Lessons");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(lesson);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(theme.name());
            assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        }

        clock.setDate(LocalDate.of(2026, 6, 2));
        MockHttpServletResponse remedies = mvc.perform(get("/learning/export/remedies").param("overdue", "true")
                .param("format", "XLSX").with(justSignedIn(officer, Role.COMPLAINTS_OFFICER))).andReturn().getResponse();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(remedies.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Ombudsman remedies");
            Row ours = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(1).getStringCellValue().equals(complaint.value())) {
                    ours = sheet.getRow(i);
                }
            }
            assertThat(ours).as("the overdue remedy").isNotNull();
            assertThat(ours.getCell(2).getStringCellValue()).isEqualTo("Payment");
            assertThat(ours.getCell(3).getNumericCellValue()).isEqualTo(300.0);
            assertThat(ours.getCell(4).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(ours.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 29));
            assertThat(ours.getCell(8).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void thePasswordIsAskedForAgainAndOnlyTheRegistersReadersGetLessonsAndRemedies() throws Exception {
        RequestPostProcessor longAgo = user(officer).authorities(
                new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority()),
                SignedIn.passwordGivenAt(clock.instant().minusSeconds(3600)));
        assertThat(mvc.perform(get("/learning/export/lessons?format=XLSX").with(longAgo)).andReturn().getResponse()
                .getRedirectedUrl()).startsWith("/account/confirm?continue=");
        for (String part : List.of("lessons", "remedies")) {
            assertThat(mvc.perform(get("/learning/export/" + part).with(justSignedIn(teamManager.username(),
                    Role.RESPONDING_MANAGER))).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/learning/export/actions").with(justSignedIn("ada", Role.ADMINISTRATOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private RequestPostProcessor justSignedIn(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()),
                SignedIn.passwordGivenAt(clock.instant()));
    }
}
