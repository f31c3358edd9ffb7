package heard.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.bastiaanjansen.otp.TOTPGenerator;

/**
 * A person's authenticator app, for tests: the six-digit code (RFC 6238) of a secret Heard showed on
 * its set-up page, at the time of Heard's clock. Each code moves the clock on to the next 30-second
 * step first, as a person waits for a new code: Heard accepts each step's code once.
 */
public final class Authenticator {

    private static final Duration STEP = Duration.ofSeconds(30);

    private Authenticator() {
    }

    public static String nextCode(String secret, TestClock clock) {
        clock.advance(STEP);
        return codeNow(secret, clock);
    }

    /** The code for the step the clock is in now (a code may already have been used in it). */
    public static String codeNow(String secret, Clock clock) {
        return new TOTPGenerator.Builder(secret.replace(" ", "").getBytes(StandardCharsets.US_ASCII)).build()
                .at(clock.instant());
    }
}
