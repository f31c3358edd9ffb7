package heard.casework;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Casework's background work, as db-scheduler tasks run by {@code heard.jobs}. */
@Configuration(proxyBeanMethods = false)
class CaseworkJobs {

    /**
     * Each morning before the reminders (07:00), works out every open deadline of the open cases saved before
     * Heard kept them all (an upgraded installation's), which until then are reminded of their earliest only.
     */
    @Bean
    RecurringTask<Void> caseworkOpenDeadlines(OpenDeadlinesCatchUp catchUp) {
        return Tasks.recurring("casework-open-deadlines", new Daily(ZoneId.of("Europe/London"), LocalTime.of(6, 0)))
                .execute((instance, context) -> catchUp.run());
    }
}
