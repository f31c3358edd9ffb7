package heard.interchange.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import heard.interchange.SampleCaseLog;
import org.springframework.stereotype.Component;

/**
 * Heard's fictional sample case log, for trying Heard out and for training: the last three financial years up
 * to today ({@link SampleCaseLog#lastThreeFinancialYears}), made when it is loaded so that the dashboard's
 * "this year" and open cases look like a working team's on the day. Loaded only into an empty database.
 */
@Component
public class SampleData {

    public static final String FILE_NAME = "case-log-sample.csv";
    /** The same seed every time: the sample loaded on a given day is the same for everyone, for training. */
    static final long SEED = 2025;

    private final Clock clock;

    SampleData(Clock clock) {
        this.clock = clock;
    }

    /** The sample up to the clock's today, as the case log's CSV. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SampleCaseLog.lastThreeFinancialYears(SEED, LocalDate.now(clock)).writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sample on disk, where the command line's import reads it (twice: to check and to write). */
    public Path writeTemporaryFile() throws IOException {
        Path file = Files.createTempFile("heard-sample-", ".csv");
        Files.write(file, csv());
        return file;
    }
}
