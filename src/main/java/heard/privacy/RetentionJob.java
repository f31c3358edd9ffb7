package heard.privacy;

import java.time.Clock;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention schedule's nightly run, at 02:00 (council time), on one instance (heard.jobs): lists the records
 * past their period for approval, and erases what is erased by age alone (messages to staff, the audit trail).
 */
@Configuration(proxyBeanMethods = false)
class RetentionJob {

    static final String NAME = "retention-review";

    @Bean
    RecurringTask<Void> retentionReview(RetentionSchedule schedule, Clock clock) {
        return Tasks.recurring(NAME, Schedules.daily(clock.getZone(), LocalTime.of(2, 0)))
                .execute((instance, context) -> {
                    schedule.review();
                    schedule.eraseByAge();
                });
    }
}
