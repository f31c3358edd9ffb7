package heard.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import heard.organisation.Organisation;
import heard.organisation.OrganisationSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one financial year (2024/25, with its two years before for comparison) in a database of ten years,
 * Heard's beside a hand-written SQL baseline ({@link FiguresBaseline}) on the same data, with their ratio; then the
 * annual report as a web page, a PDF and a Word document, each on its own, the three one after another, and the three
 * in one request (the ZIP, whose forms share one count of the figures); and the most heap all that took. Each is
 * timed after a warm-up of at least ten seconds, as a server that has been answering requests is; the figures are
 * timed also as the first requests after a start find them. Heard runs in this process (started as
 * {@code java -jar heard.jar} would be, on the benchmark's database), asked as a complaints manager through MockMvc.
 * Run with a 512 MB heap:
 *
 * <pre>./mvnw -q -B test-compile exec:exec@figures -Pbench -Dbench.records=1000000 -Dbench.database=postgres</pre>
 *
 * Arguments: [records] [h2|postgres]. The records ({@link TenYearsOfRecords}) are kept between runs in
 * {@link ScaleDatabase} {@code figures_<records>}; {@code -Dheard.bench.drop=true} removes them at the end.
 */
public final class FiguresAtScaleBenchmark {

    private static final RequestPostProcessor MANAGER = user("bench.manager").roles("COMPLAINTS_MANAGER");
    private static final String YEAR = "from=2024-04-01&to=2025-03-31";
    /** As long as one of JMH's five warm-up iterations. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private FiguresAtScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ScaleDatabase database = ScaleDatabase.of("figures_" + records, args.length > 1 ? args[1] : "postgres");
        long held = database.count("complaint") + database.count("feedback");
        if (held >= 0 && held != records) {
            database.drop();
        }
        database.create();
        boolean large = records > 100_000;
        long started = System.nanoTime();
        try (ConfigurableApplicationContext heard = database.start("--server.port=0", "--logging.level.root=warn")) {
            double startup = (System.nanoTime() - started) / 1e9;
            String seeded = held == records ? "kept from an earlier run" : "seeded in %.0f s".formatted(seed(heard, records, database));
            DataSource dataSource = heard.getBean(DataSource.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) heard)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            FiguresBaseline baseline = new FiguresBaseline(dataSource);
            StringBuilder out = new StringBuilder(String.format(Locale.UK,
                    "%n%s, %,d records over ten years (%s; Heard started in %.1f s), the figures of 2024/25 with the "
                            + "two years before, ms (median, 95th percentile; after a warm-up of at least 10 s, but for the "
                            + "first line):%n", database.label(), records, seeded, startup));
            int warm = large ? 2 : 5;
            int runs = large ? 7 : 21;
            try (HeapSampler heap = HeapSampler.start()) {
                // What the first requests after a start see, while the JIT compiler is still at work.
                double[] afterStart = time(warm, runs, Duration.ZERO, () -> render(mvc, "/reports/figures.json?" + YEAR));
                double[] heardFigures = time(warm, runs, () -> render(mvc, "/reports/figures.json?" + YEAR));
                double[] baselineFigures = time(warm, runs, () -> baseline.compute(2024));
                out.append(line("figures, Heard (JSON), first runs after start", afterStart));
                out.append(line("figures, Heard (JSON)", heardFigures));
                out.append(line("figures, hand-written SQL baseline", baselineFigures));
                out.append(String.format(Locale.UK, "  %-44s %8.2f%n", "ratio of the medians, Heard / baseline",
                        median(heardFigures) / median(baselineFigures)));
                String json = render(mvc, "/reports/figures.json?" + YEAR).getResponse().getContentAsString();
                List<String> disagreements = FigureValues.disagreements(
                        FigureValues.of(heard.getBean(JsonMapper.class).readTree(json)),
                        baseline.compute(2024));
                out.append(String.format("  %-44s %s%n", "Heard and the baseline agree",
                        disagreements.isEmpty() ? "yes, on every figure"
                                : "NO, on " + disagreements.size() + ": " + disagreements.subList(0, Math.min(10, disagreements.size()))));
                int reportWarm = large ? 1 : 3;
                int reportRuns = large ? 5 : 11;
                out.append(line("annual report, web page", time(reportWarm, reportRuns, () -> render(mvc, "/reports/annual?" + YEAR))));
                out.append(line("annual report, PDF", time(reportWarm, reportRuns, () -> render(mvc, "/reports/annual.pdf?" + YEAR))));
                out.append(line("annual report, Word", time(reportWarm, reportRuns, () -> render(mvc, "/reports/annual.docx?" + YEAR))));
                out.append(line("annual report, the three one after another", time(0, reportRuns, () -> {
                    render(mvc, "/reports/annual?" + YEAR);
                    render(mvc, "/reports/annual.pdf?" + YEAR);
                    return render(mvc, "/reports/annual.docx?" + YEAR);
                })));
                // The three forms of one report from one count of the figures: the request the 2 s target is about.
                out.append(line("annual report, all three in one request (ZIP)",
                        time(reportWarm, reportRuns, () -> render(mvc, "/reports/annual.zip?" + YEAR))));
                out.append(String.format(Locale.UK, "  peak heap used meanwhile: %d MB sampled, %d MB by the pools' peaks "
                        + "(max heap %d MB)%n", heap.sampledPeakBytes() >> 20, HeapSampler.poolPeaksBytes() >> 20,
                        HeapSampler.maxHeapBytes() >> 20));
            }
            out.append(String.format(Locale.UK, "  (load average %.1f on %d cores: other work on the machine shows in the times)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            System.out.print(out);
            Path file = Path.of("target", "benchmarks", "figures-" + records + "-" + (database.postgres() ? "postgresql" : "h2") + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        }
        if (Boolean.getBoolean("heard.bench.drop")) {
            database.drop();
        }
    }

    /** Twenty teams in four service areas, then the records, then the planner's statistics of them. */
    private static double seed(ConfigurableApplicationContext heard, int records, ScaleDatabase database) throws Exception {
        long started = System.nanoTime();
        List<long[]> teams = TenYearsOfRecords.teams(heard.getBean(OrganisationSettings.class), 4, 5);
        List<Long> issues = heard.getBean(Organisation.class).issueCategories().stream().map(c -> c.id()).toList();
        DataSource dataSource = heard.getBean(DataSource.class);
        new TenYearsOfRecords(records, teams, issues).write(dataSource);
        JdbcClient.create(dataSource).sql(database.postgres() ? "VACUUM ANALYZE" : "ANALYZE").update();
        return (System.nanoTime() - started) / 1e9;
    }

    static MvcResult render(MockMvc mvc, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(MANAGER)).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + result.getResponse().getStatus());
        }
        return result;
    }

    /**
     * The times of some runs after a warm-up of at least {@code warmUp} runs and {@link #WARM_UP}: a server answers
     * requests all day, and measured after only a few its times are the JIT compiler's (docs/benchmarks.md).
     */
    private static double[] time(int warmUp, int runs, Callable<?> work) throws Exception {
        return time(warmUp, runs, WARM_UP, work);
    }

    private static double[] time(int warmUp, int runs, Duration atLeast, Callable<?> work) throws Exception {
        long warming = System.nanoTime();
        for (int i = 0; i < warmUp || System.nanoTime() - warming < atLeast.toNanos(); i++) {
            work.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String line(String what, double[] sorted) {
        return String.format(Locale.UK, "  %-44s %8.1f %8.1f   (%d runs)%n", what, median(sorted),
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted.length);
    }
}
