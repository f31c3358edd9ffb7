package heard.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CaseworkImport;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.RecordType;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case list and a case page on a database of 100,000 cases: full MockMvc render time (security,
 * controller, queries, Thymeleaf) of the first page of the list in its default order, a filtered
 * search, and a case's page. Not a test: run with {@code ./mvnw -Pbench verify} (docs/benchmarks.md).
 */
@DatabaseTest
@AutoConfigureMockMvc
@Tag("bench")
class CaseworkPagesBenchmark {

    static final int CASES = Integer.getInteger("heard.bench.cases", 100_000);
    static final int WARM_UP = 30;
    static final int RUNS = 200;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseworkImport imports;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void theCaseListASearchAndACasePageOnOneHundredThousandCases() throws Exception {
        clock.setDate(LocalDate.of(2025, 1, 15));
        ServiceArea area = organisation.addServiceArea("Children in care");
        List<Team> teams = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            teams.add(organisation.addTeam(area.id(), "Team " + i, LocalDate.of(2019, 1, 1)));
        }
        var officer = accounts.create(new NewStaffAccount("bench-officer", "Bench Officer", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true)).member();
        long started = System.nanoTime();
        List<ImportedCase> rows = cases(teams);
        transactions.executeWithoutResult(t -> imports.add(rows, "benchmark", "bench"));
        double seeded = (System.nanoTime() - started) / 1e9;

        RequestPostProcessor as = user(officer.username())
                .authorities(new SimpleGrantedAuthority(Role.COMPLAINTS_OFFICER.authority()));
        String reference = rows.get(CASES / 2).reference().value();
        StringBuilder report = new StringBuilder(String.format("Casework pages on %s, %,d cases (seeded in %.0f s), "
                + "%d runs after %d to warm up, ms:%n", TestDatabase.isPostgres() ? "PostgreSQL" : "H2", CASES, seeded,
                RUNS, WARM_UP));
        report.append(measure("list, first page, by due date", "/cases", as));
        report.append(measure("search by reference, open cases of one team", "/cases?q=" + reference.substring(0, 9)
                + "&team=" + teams.get(3).id(), as));
        report.append(measure("case page", "/cases/" + reference, as));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "casework-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String measure(String what, String path, RequestPostProcessor as) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            render(path, as);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render(path, as);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("  %-48s median %6.1f   p95 %6.1f%n", what, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]);
    }

    private void render(String path, RequestPostProcessor as) throws Exception {
        int status = mvc.perform(get(path).with(as)).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /** Five years of cases: most answered at Stage 1, some escalated, the last months still open. */
    private static List<ImportedCase> cases(List<Team> teams) {
        Random random = new Random(42);
        List<ImportedCase> rows = new ArrayList<>(CASES);
        LocalDate first = LocalDate.of(2020, 1, 6);
        long days = LocalDate.of(2025, 1, 14).toEpochDay() - first.toEpochDay();
        for (int i = 0; i < CASES; i++) {
            LocalDate received = first.plusDays((long) i * days / CASES);
            Team team = teams.get(random.nextInt(teams.size()));
            boolean open = received.isAfter(LocalDate.of(2024, 11, 1)) && random.nextInt(3) > 0;
            List<ImportedStage> stages = new ArrayList<>();
            LocalDate answered = received.plusDays(8 + random.nextInt(10));
            stages.add(new ImportedStage(1, received, null, false, open ? null : answered,
                    open ? null : Outcome.values()[random.nextInt(4)], null, null));
            if (!open && random.nextInt(10) == 0) {
                LocalDate requested = answered.plusDays(10);
                stages.add(new ImportedStage(2, requested, requested.plusDays(7), false, requested.plusDays(40),
                        Outcome.NOT_UPHELD, null, null));
            }
            rows.add(new ImportedCase(new CaseReference(String.format("BEN-%d-%06d", received.getYear(), i)),
                    RecordType.COMPLAINT, random.nextInt(5) == 0 ? ProcedureKind.CORPORATE : ProcedureKind.STATUTORY,
                    received, Channel.values()[random.nextInt(Channel.values().length)],
                    ComplainantRole.PARENT_RELATIVE, team.serviceAreaId(), team.id(), List.of(), "Benchmark case " + i,
                    null, null, 5 + random.nextInt(12), Advocacy.OFFERED, null, stages, null, List.of(), null, null, null,
                    null, null));
        }
        return rows;
    }
}
