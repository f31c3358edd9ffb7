package heard.security.secondfactor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: six digits from
 * HMAC-SHA1 of a 160-bit secret and the number of 30-second steps since 1970, through the otp-java
 * library. A code is accepted in its own step and the one before it (a code read at the end of its
 * step and typed a few seconds later), and the caller records the step it matched so that no code
 * is accepted twice.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;

    private Totp() {
    }

    /** A new secret from a CSPRNG, in Base32 as authenticator apps take it. */
    public static String newSecret() {
        return new String(SecretGenerator.generate(), StandardCharsets.US_ASCII);
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    static String codeFor(String secret, long step) {
        return generator(secret).at(step * STEP.getSeconds());
    }

    /** The step whose code this is, among the step at {@code now} and the one before it; empty when it is neither's. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        TOTPGenerator generator = generator(secret);
        for (long step = current; step >= current - 1; step--) {
            byte[] expected = generator.at(step * STEP.getSeconds()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The otpauth:// address an authenticator app reads from the QR code (Google's Key URI format):
     * the issuer names Heard and the council, so that someone with several councils' accounts can
     * tell them apart.
     */
    static URI keyUri(String secret, String issuer, String account) {
        return UriComponentsBuilder.newInstance().scheme("otpauth").host("totp").path("/{issuer}:{account}")
                .queryParam("secret", secret).queryParam("issuer", "{issuer}")
                .queryParam("algorithm", "SHA1").queryParam("digits", DIGITS).queryParam("period", STEP.getSeconds())
                .encode().buildAndExpand(issuer, account, issuer).toUri();
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static TOTPGenerator generator(String secret) {
        return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII))
                .withHOTPGenerator(h -> h.withPasswordLength(DIGITS)).withPeriod(STEP).build();
    }
}
