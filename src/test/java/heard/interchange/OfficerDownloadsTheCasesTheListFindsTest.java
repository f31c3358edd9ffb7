package heard.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case list's search and filters, downloaded as CSV or Excel: every case they find, not only the page shown,
 * with any cell a spreadsheet would run as a formula neutralised as in the case log, after the password is given
 * again, as for the case log.
 */
@DatabaseTest
@AutoConfigureMockMvc
class OfficerDownloadsTheCasesTheListFindsTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"Pay\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    private String officer;
    private String surname;

    @BeforeEach
    void twoComplaintsFromOneFamilyAndOneFromAnother() {
        clock.setDate(LocalDate.of(2026, 2, 2));
        officer = "olive-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewStaffAccount(officer, "Olive Officer", null, Set.of(Role.COMPLAINTS_OFFICER), null, true));
        surname = "Quill" + UUID.randomUUID().toString().substring(0, 6);
        log(FORMULA + " " + surname, LocalDate.of(2026, 1, 5));
        log("Pat " + surname, LocalDate.of(2026, 1, 6));
        log("Someone Else", LocalDate.of(2026, 1, 7));
    }

    @Test
    void theListLinksToItsOwnSearchAsCsvAndExcel() throws Exception {
        Document list = Jsoup.parse(mvc.perform(get("/cases?q=" + surname + "&page=1").with(justSignedIn()))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#case-export a").eachAttr("href")).containsExactly(
                "/cases/export?q=" + surname + "&format=CSV", "/cases/export?q=" + surname + "&format=XLSX");
    }

    @Test
    void theCsvHoldsEveryCaseTheSearchFindsWithFormulasNeutralised() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/export").param("q", surname).param("format", "CSV")
                .with(justSignedIn())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "cases-2026-02-02.csv");
        List<String> lines = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFReference,Type,Complainant,Child,Received,Service area,Team,Stage,"
                + "Responder,Status,Next deadline,Due");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).as("due first").contains(",Statutory complaint,\"'=HYPERLINK(\"\"http://example.org\"\","
                + "\"\"Pay\"\") " + surname + "\",,2026-01-05,,,1,,Open,Acknowledgement,2026-01-08");
        assertThat(lines.get(2)).contains(",Statutory complaint,Pat " + surname + ",,2026-01-06,,,1,,Open,Acknowledgement,");
        assertThat(audit.history(new AuditSubject("case-list", "export"))).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(officer);
            assertThat(e.summary()).contains("2 cases", "search \"" + surname + "\"", "CSV");
        });
    }

    @Test
    void theWorkbookHasDatesAsDatesAndNoFormula() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/export").param("q", surname).param("format", "XLSX")
                .param("sort", "RECEIVED").with(justSignedIn())).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("cases-2026-02-02.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Cases");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row newest = sheet.getRow(1);
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("Pat " + surname);
            assertThat(newest.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 6));
            assertThat(newest.getCell(7).getNumericCellValue()).isEqualTo(1);
            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void thePasswordIsAskedForAgainUnlessGivenInTheLastFewMinutes() throws Exception {
        RequestPostProcessor longAgo = user(officer).authorities(new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority()),
                SignedIn.passwordGivenAt(clock.instant().minusSeconds(3600)));
        String redirect = mvc.perform(get("/cases/export?q=" + surname + "&format=XLSX").with(longAgo))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).startsWith("/account/confirm?continue=")
                .endsWith("/cases/export?q%3D" + surname + "%26format%3DXLSX");
    }

    @Test
    void peopleWhoSeeNoCasesCannotDownloadThem() throws Exception {
        RequestPostProcessor administrator = user("ada").authorities(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()),
                SignedIn.passwordGivenAt(clock.instant()));
        assertThat(mvc.perform(get("/cases/export").with(administrator)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private RequestPostProcessor justSignedIn() {
        return user(officer).authorities(new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority()),
                SignedIn.passwordGivenAt(clock.instant()));
    }

    private CaseReference log(String complainant, LocalDate received) {
        ComplaintDetails details = new ComplaintDetails(received, Channel.EMAIL,
                new Complainant(complainant, null, null, null, ComplainantRole.PARENT_RELATIVE), Child.none(), false, null,
                Advocacy.NOT_OFFERED, null, null, null, List.of(), List.of("The review meeting was cancelled twice"), null,
                null, null);
        return SignedIn.as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY,
                "A parent about the review meeting", null)));
    }
}
