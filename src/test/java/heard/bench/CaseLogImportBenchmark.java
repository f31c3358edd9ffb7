package heard.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import heard.HeardApplication;
import heard.commandline.Commands;
import heard.interchange.SampleCaseLog;

/**
 * Imports a generated case log of 100,000 records through {@code java -jar heard.jar import}, into an
 * empty embedded H2 database or a fresh PostgreSQL schema, and reports the time taken and the peak
 * heap. Run it with a 512 MB heap, as {@code docs/benchmarks.md} says:
 *
 * <pre>./mvnw -q -B test-compile exec:exec -Pbench                              # H2
 * ./mvnw -q -B test-compile exec:exec -Pbench -Dbench.database=postgres       # PostgreSQL at 127.0.0.1:5432/test</pre>
 *
 * Arguments: [records] [h2|postgres]. The time includes starting Heard (reported separately) and the
 * check of every row that comes before any write.
 */
public final class CaseLogImportBenchmark {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private CaseLogImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean postgres = args.length > 1 && args[1].equals("postgres");
        Path dir = Files.createTempDirectory("heard-bench");
        Path file = dir.resolve("case-log-" + records + ".csv");

        long generating = System.nanoTime();
        SampleCaseLog.of(42, records, LocalDate.of(2015, 4, 1), LocalDate.of(2025, 3, 31)).writeCsv(file);
        Duration generated = Duration.ofNanos(System.nanoTime() - generating);

        List<String> database = new ArrayList<>();
        String schema = "heard_bench_" + System.currentTimeMillis();
        if (postgres) {
            execute("CREATE SCHEMA " + schema);
            database.add("--spring.datasource.url=" + POSTGRES + "?currentSchema=" + schema);
            database.add("--spring.datasource.username=postgres");
            database.add("--spring.datasource.password=");
        } else {
            database.add("--heard.data-dir=" + dir.resolve("data"));
        }
        try {
            HeapSampler heap = HeapSampler.start();
            long startup = timed(with(database, "help"));
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            int exit = Commands.run(HeardApplication.class, with(database, "import", file.toString(), "--create-missing"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long cpu = processCpuNanos() - cpuBefore;
            heap.close();
            System.out.printf(Locale.UK, "%n%s, %,d records (%,d bytes of CSV, generated in %.1f s)%n",
                    postgres ? "PostgreSQL" : "H2 (embedded, file)", records, Files.size(file), generated.toMillis() / 1000.0);
            System.out.printf(Locale.UK, "import exit code %d in %.1f s, of which starting Heard about %.1f s%n", exit,
                    took.toMillis() / 1000.0, startup / 1e9);
            System.out.printf(Locale.UK, "CPU time of this process meanwhile %.1f s (load average %.1f on %d cores: "
                    + "other work on the machine slows the wall-clock time)%n", cpu / 1e9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.UK, "peak heap used: %d MB sampled, %d MB by the pools' peaks (max heap %d MB)%n",
                    heap.sampledPeakBytes() >> 20, HeapSampler.poolPeaksBytes() >> 20, HeapSampler.maxHeapBytes() >> 20);
            if (exit != 0) {
                System.exit(exit);
            }
        } finally {
            if (postgres) {
                execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static String[] with(List<String> database, String... words) {
        List<String> all = new ArrayList<>(List.of(words));
        all.addAll(database);
        return all.toArray(String[]::new);
    }

    private static long timed(String[] args) {
        long start = System.nanoTime();
        Commands.run(HeardApplication.class, args);
        return System.nanoTime() - start;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
