package heard.publicform;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits in "New from the public", for the dashboard and the home page. */
@Service
@Transactional(readOnly = true)
public class PublicInbox {

    /** Where a complaints officer goes to deal with what waits. */
    public static final String PATH = InboxController.PATH;

    private final JdbcClient jdbc;

    PublicInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param count  how many submissions wait for a complaints officer
     * @param oldest when the one waiting longest was sent, if any waits
     */
    public record Waiting(long count, Optional<Instant> oldest) {
    }

    public Waiting waiting() {
        return jdbc.sql("SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM public_submission WHERE status = 'NEW'")
                .query((rs, n) -> new Waiting(rs.getLong("n"),
                        Optional.ofNullable(rs.getObject("oldest", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant)))
                .single();
    }
}
