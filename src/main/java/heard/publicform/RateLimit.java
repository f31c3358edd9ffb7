package heard.publicform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often one address may send the form, and upload files, in an hour: counted in the database, so
 * that every instance sharing it keeps the one limit. An address is kept only as a hash.
 */
@Component
class RateLimit {

    /** What is counted. */
    enum Action { SUBMIT, UPLOAD }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int submissionsPerHour;
    private final int uploadsPerHour;

    RateLimit(JdbcClient jdbc, Clock clock,
              @Value("${heard.publicform.submissions-per-hour:10}") int submissionsPerHour,
              @Value("${heard.publicform.uploads-per-hour:40}") int uploadsPerHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.submissionsPerHour = submissionsPerHour;
        this.uploadsPerHour = uploadsPerHour;
    }

    /**
     * Counts one more action from the address in this hour, unless the hour's limit is reached. In a
     * transaction of its own, so that a refused or failed submission still counts, and concurrent
     * requests wait for each other's row.
     *
     * @return whether the action may go ahead
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(Action action, String address) {
        int limit = action == Action.SUBMIT ? submissionsPerHour : uploadsPerHour;
        Instant now = clock.instant();
        OffsetDateTime window = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
        String hash = hash(address);
        if (count(hash, action, window, limit) == 1) {
            return true;
        }
        // Made once: another request making the hour's row at the same moment makes nothing, and counts on it.
        boolean made = jdbc.sql("""
                INSERT INTO public_rate_limit (address_hash, action, window_start, hits)
                VALUES (:hash, :action, :window, 1) ON CONFLICT DO NOTHING""")
                .param("hash", hash).param("action", action.name()).param("window", window).update() == 1;
        if (!made) {
            return count(hash, action, window, limit) == 1;
        }
        // Counts of hours gone by are of no more use.
        jdbc.sql("DELETE FROM public_rate_limit WHERE window_start < :before").param("before", window.minusHours(1))
                .update();
        return true;
    }

    private int count(String hash, Action action, OffsetDateTime window, int limit) {
        return jdbc.sql("""
                UPDATE public_rate_limit SET hits = hits + 1
                WHERE address_hash = :hash AND action = :action AND window_start = :window AND hits < :limit""")
                .param("hash", hash).param("action", action.name()).param("window", window).param("limit", limit)
                .update();
    }

    private static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
