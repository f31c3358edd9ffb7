package heard.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CaseworkImport;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Ethnicity;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.Money;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.RecordType;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.feedback.FeedbackRecord;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting on ten years of a council's records: the figures of one financial year (with the two years
 * before it for comparison) as JSON, and the whole annual report as a web page, a PDF and a Word document,
 * each timed as a complaints manager asks for it through MockMvc. {@code -Dheard.bench.records=N} seeds N
 * records over the ten years instead of 6,000 (600 a year, a council's usual number);
 * {@code -Dheard.bench.records=1000000} is the large run. Not a test: run with {@code ./mvnw -Pbench verify}
 * (docs/benchmarks.md).
 */
@DatabaseTest
@AutoConfigureMockMvc
@Tag("bench")
class ReportingBenchmark {

    static final int RECORDS = Integer.getInteger("heard.bench.records", 6_000);
    static final int YEARS = 10;
    static final int FIRST_YEAR = 2015;
    /** Seeded a transaction at a time, so that a million records never sit in memory or in one transaction. */
    static final int CHUNK = 10_000;
    static final RequestPostProcessor MANAGER = user("bench.manager").roles("COMPLAINTS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseworkImport imports;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Ombudsman ombudsman;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    Organisation organisation;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void figuresAndTheAnnualReportOfOneYearInTen() throws Exception {
        // A million records are the measure of PostgreSQL, where a council that large keeps them.
        Assumptions.assumeTrue(RECORDS <= 100_000 || TestDatabase.isPostgres(),
                "SKIPPED: more than 100,000 records are benchmarked on PostgreSQL only");
        clock.setDate(LocalDate.of(FIRST_YEAR + YEARS, 6, 1));
        long started = System.nanoTime();
        seed();
        if (TestDatabase.isPostgres()) {
            // As autovacuum would before a council's first report: planned for empty tables, a pass over the stages
            // looks each complaint's stages up by date and runs for minutes.
            jdbc.sql("ANALYZE").update();
        }
        double seeded = (System.nanoTime() - started) / 1e9;

        String year = "from=" + (FIRST_YEAR + YEARS - 1) + "-04-01&to=" + (FIRST_YEAR + YEARS) + "-03-31";
        boolean large = RECORDS > 100_000;
        StringBuilder report = new StringBuilder(String.format("Reporting on %s, %,d records over %d years (seeded in "
                + "%.0f s), the last financial year with its two before, ms:%n",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", RECORDS, YEARS, seeded));
        report.append(measure("figures (JSON)", "/reports/figures.json?" + year, large ? 3 : 20, large ? 10 : 50));
        int warm = large ? 1 : 3;
        int runs = large ? 3 : 10;
        report.append(measure("annual report, web page", "/reports/annual?" + year, warm, runs));
        report.append(measure("annual report, PDF", "/reports/annual.pdf?" + year, warm, runs));
        report.append(measure("annual report, Word", "/reports/annual.docx?" + year, warm, runs));
        double[] all = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render("/reports/annual?" + year);
            render("/reports/annual.pdf?" + year);
            render("/reports/annual.docx?" + year);
            all[i] = (System.nanoTime() - start) / 1e6;
        }
        report.append(line("annual report, all three one after another", all));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "reporting-" + RECORDS + "-"
                + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String measure(String what, String path, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            render(path);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return line(what, ms);
    }

    private static String line(String what, double[] ms) {
        Arrays.sort(ms);
        return String.format("  %-44s median %8.1f   p95 %8.1f   (%d runs)%n", what, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms.length);
    }

    private void render(String path) throws Exception {
        int status = mvc.perform(get(path).with(MANAGER)).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /**
     * Ten financial years of records, spread evenly over the days: in every hundred, 63 statutory and 10
     * corporate complaints, 4 non-qualifying, 7 representations, 10 compliments, 2 comments and 4 member
     * enquiries. Most complaints are answered at Stage 1 within a few weeks; one in six goes to Stage 2, and
     * one in five of those to a review panel; some are withdrawn; the last weeks' are still open.
     */
    private void seed() {
        List<Team> teams = new ArrayList<>();
        for (int a = 1; a <= 4; a++) {
            ServiceArea area = settings.addServiceArea("Service area " + a);
            for (int t = 1; t <= 5; t++) {
                teams.add(settings.addTeam(area.id(), "Team " + a + "." + t, LocalDate.of(2010, 1, 1)));
            }
        }
        List<Long> issues = organisation.issueCategories().stream().map(c -> c.id()).toList();
        Random random = new Random(42);
        LocalDate first = LocalDate.of(FIRST_YEAR, 4, 1);
        long days = LocalDate.of(FIRST_YEAR + YEARS, 3, 31).toEpochDay() - first.toEpochDay();
        LocalDate lastAnswered = LocalDate.of(FIRST_YEAR + YEARS, 3, 1);
        for (int from = 0; from < RECORDS; from += CHUNK) {
            List<ImportedCase> cases = new ArrayList<>();
            List<FeedbackRecord> feedback = new ArrayList<>();
            List<OmbudsmanRecord> lgsco = new ArrayList<>();
            for (int i = from; i < Math.min(RECORDS, from + CHUNK); i++) {
                LocalDate received = first.plusDays((long) i * days / RECORDS);
                Team team = teams.get(random.nextInt(teams.size()));
                String reference = String.format("B%07d", i);
                int kind = i % 100;
                if (kind >= 84) {
                    FeedbackType type = kind < 94 ? FeedbackType.COMPLIMENT : kind < 96 ? FeedbackType.COMMENT
                            : FeedbackType.MEMBER_ENQUIRY;
                    LocalDate responded = type == FeedbackType.COMPLIMENT ? null : received.plusDays(3 + random.nextInt(8));
                    feedback.add(new FeedbackRecord(new CaseReference(reference), type, received, Channel.EMAIL, null,
                            null, null, team.serviceAreaId(), team.id(), List.of(), "Thank you to the team, record " + i,
                            responded, random.nextInt(5) == 0, null, null, null, null, null, null, List.of(), null, null,
                            null, null, null));
                    continue;
                }
                RecordType type = kind >= 77 ? RecordType.REPRESENTATION : RecordType.COMPLAINT;
                ProcedureKind procedure = type == RecordType.REPRESENTATION ? null
                        : kind >= 73 ? ProcedureKind.NON_QUALIFYING : kind >= 63 ? ProcedureKind.CORPORATE
                        : ProcedureKind.STATUTORY;
                List<ImportedStage> stages = new ArrayList<>();
                LocalDate withdrawn = null;
                Money payment = null;
                Money officer = null;
                Money independent = null;
                Money panel = null;
                if (procedure != null && procedure.hasStages()) {
                    boolean open = received.isAfter(lastAnswered);
                    LocalDate answered = received.plusDays(7 + random.nextInt(25));
                    boolean withdraws = !open && random.nextInt(25) == 0;
                    if (withdraws) {
                        withdrawn = received.plusDays(5);
                    }
                    Outcome outcome = open ? null : withdraws ? Outcome.WITHDRAWN : Outcome.values()[random.nextInt(4)];
                    stages.add(new ImportedStage(1, received, null, random.nextInt(8) == 0, open || withdraws ? null : answered,
                            outcome, null, null));
                    if (!open && !withdraws && random.nextInt(6) == 0) {
                        LocalDate requested = answered.plusDays(5 + random.nextInt(20));
                        LocalDate statement = requested.plusDays(5 + random.nextInt(10));
                        LocalDate responded = statement.plusDays(30 + random.nextInt(60));
                        stages.add(new ImportedStage(2, requested, statement, random.nextInt(3) == 0, responded,
                                Outcome.values()[random.nextInt(4)], null, null));
                        officer = Money.of("1200.00");
                        independent = Money.of("450.00");
                        if (random.nextInt(5) == 0) {
                            LocalDate asked = responded.plusDays(5 + random.nextInt(15));
                            LocalDate met = asked.plusDays(25 + random.nextInt(20));
                            stages.add(new ImportedStage(3, asked, null, false, met.plusDays(20 + random.nextInt(10)),
                                    Outcome.values()[random.nextInt(4)], met, met.plusDays(3 + random.nextInt(5))));
                            panel = Money.of("900.00");
                        }
                    }
                    if (random.nextInt(12) == 0) {
                        payment = Money.of(String.valueOf(50 + random.nextInt(500)) + ".00");
                    }
                    if (random.nextInt(100) == 0) {
                        lgsco.add(OmbudsmanRecord.fromCaseLog(new CaseReference(reference), received.plusDays(120),
                                OmbudsmanDecision.values()[random.nextInt(5)], received.plusDays(200)));
                    }
                }
                Ethnicity.Code[] codes = Ethnicity.Code.values();
                cases.add(new ImportedCase(new CaseReference(reference), type, procedure, received,
                        Channel.values()[random.nextInt(Channel.values().length)],
                        ComplainantRole.values()[random.nextInt(ComplainantRole.values().length)], team.serviceAreaId(),
                        team.id(), List.of(issues.get(random.nextInt(issues.size())), issues.get(random.nextInt(issues.size()))),
                        null, Sex.values()[random.nextInt(Sex.values().length)],
                        new Ethnicity(codes[random.nextInt(codes.length)], null), random.nextInt(19),
                        Advocacy.values()[random.nextInt(Advocacy.values().length)],
                        type == RecordType.REPRESENTATION ? received.plusDays(4) : null, stages, withdrawn,
                        payment == null ? List.of() : List.of(RemedyType.APOLOGY, RemedyType.FINANCIAL_REMEDY), payment,
                        officer, independent, panel, null));
            }
            transactions.executeWithoutResult(t -> {
                imports.add(cases, "benchmark", "bench");
                feedbacks.add(feedback, "benchmark");
                ombudsman.importAll(lgsco, "benchmark");
            });
        }
    }
}
