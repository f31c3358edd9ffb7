package heard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import heard.calendar.WorkingDayCalendar;
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
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import heard.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning's reminder run over 100,000 open cases: how long it takes to find the deadlines due (reminders,
 * alerts, follow-ups) and claim them, by queuing each message once in the outbox; then the same run again on
 * the same morning (a second instance, a restart), which finds them all and queues nothing. Target: under 2 s on
 * PostgreSQL. Not a test: run with {@code ./mvnw -Pbench verify} (docs/benchmarks.md).
 *
 * <p>The cases are statutory Stage 2 investigations, extended to 65 working days, whose statements were
 * agreed over the last 70 working days: so their due dates fall evenly from 5 working days ago to 65 ahead,
 * as in a council with a large backlog that mostly keeps its deadlines. Imported cases are allocated to
 * nobody, so two complaints managers are reminded of each.
 */
@DatabaseTest
@Tag("bench")
class ReminderRunBenchmark {

    static final int CASES = Integer.getInteger("heard.bench.cases", 100_000);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Autowired
    CaseworkImport imports;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theMorningsRunOverOneHundredThousandOpenCases() throws Exception {
        clock.setDate(TODAY);
        for (String name : List.of("clare", "carl")) {
            accounts.create(new NewStaffAccount("bench-" + name, "Bench " + name, name + "@council.example",
                    Set.of(Role.COMPLAINTS_MANAGER), null, true));
        }
        long started = System.nanoTime();
        List<ImportedCase> rows = cases();
        transactions.executeWithoutResult(t -> imports.add(rows, "benchmark", "bench"));
        double seeded = (System.nanoTime() - started) / 1e9;
        Object run = context.getBean("reminderRun");
        var method = run.getClass().getDeclaredMethod("run");
        method.setAccessible(true);

        clock.set(TODAY.atTime(LocalTime.of(7, 0)).atZone(ZoneId.of("Europe/London")).toInstant());
        long first = System.nanoTime();
        Object firstResult = method.invoke(run);
        double firstSeconds = (System.nanoTime() - first) / 1e9;
        long second = System.nanoTime();
        Object secondResult = method.invoke(run);
        double secondSeconds = (System.nanoTime() - second) / 1e9;
        long queued = jdbc.sql("SELECT COUNT(*) FROM notify_message").query(Long.class).single();

        String report = String.format("Reminder run on %s, %,d open cases (seeded in %.0f s), %s:%n"
                        + "  first run of the morning   %6.2f s   %s%n"
                        + "  same morning again         %6.2f s   %s%n"
                        + "  messages in the outbox     %,d%n",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", CASES, seeded, TODAY, firstSeconds, firstResult,
                secondSeconds, secondResult, queued);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "reminders-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<ImportedCase> cases() {
        List<ImportedCase> rows = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            // Agreed 0 to 69 working days before today: due 65 working days after that.
            LocalDate agreed = back(TODAY, i % 70);
            LocalDate received = agreed.minusDays(60);
            List<ImportedStage> stages = List.of(
                    new ImportedStage(1, received, null, false, received.plusDays(12), Outcome.NOT_UPHELD, null, null),
                    new ImportedStage(2, agreed.minusDays(10), agreed, true, null, null, null, null));
            rows.add(new ImportedCase(new CaseReference(String.format("REM-%06d", i)), RecordType.COMPLAINT,
                    ProcedureKind.STATUTORY, received, Channel.EMAIL, ComplainantRole.PARENT_RELATIVE, null, null,
                    List.of(), "Benchmark case " + i, null, null, 10, Advocacy.OFFERED, null, stages, null, List.of(),
                    null, null, null, null, null));
        }
        return rows;
    }

    private LocalDate back(LocalDate day, int workingDays) {
        LocalDate d = day;
        for (int n = 0; n < workingDays; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return d;
    }
}
