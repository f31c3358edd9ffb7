package heard.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests where Chromium and ChromeDriver are installed, and says plainly when it cannot. */
final class BrowserAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        String reason = "Chromium or ChromeDriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install them with 'apt-get install chromium chromium-driver'";
        if (System.getenv("HEARD_TEST_BROWSER") != null) {
            throw new IllegalStateException("HEARD_TEST_BROWSER is set, so browser tests are required, but " + reason);
        }
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("SKIPPED: browser tests did not run. " + reason + ".");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + reason);
    }
}
