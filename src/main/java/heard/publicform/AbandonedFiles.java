package heard.publicform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files uploaded with a form that was never sent are removed a day later (every hour, on one instance):
 * no one will send them now, and nothing of a person's is kept that they did not send.
 */
@Configuration(proxyBeanMethods = false)
class AbandonedFiles {

    /** Longer than any session lasts, so that a draft still being filled in keeps its files. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(AbandonedFiles.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    AbandonedFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> removeAbandonedFiles() {
        return Tasks.recurring("publicform-abandoned-files", FixedDelay.ofHours(1))
                .execute((instance, context) -> remove());
    }

    /** Removes the files of drafts not sent within a day; returns how many. */
    @Transactional
    public int remove() {
        int removed = jdbc.sql("DELETE FROM public_attachment WHERE submission_id IS NULL AND created_at < :before")
                .param("before", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(KEPT_FOR)).update();
        if (removed > 0) {
            LOG.info("Removed {} files of public forms never sent", removed);
        }
        return removed;
    }
}
