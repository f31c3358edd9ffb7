package heard.notify.jobs;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import heard.notify.outbox.DeliveryStatuses;
import heard.notify.outbox.OutboxWorker;
import heard.notify.reminders.ReminderRun;
import heard.notify.reminders.WeeklyDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notify's background work, as db-scheduler tasks run by {@code heard.jobs}: db-scheduler claims each
 * execution in the database, so each runs on one instance at a time, and the outbox's keys and claims make
 * each message go once even if two runs overlapped.
 */
@Configuration(proxyBeanMethods = false)
class NotifyJobs {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Sends what is queued, every 30 seconds. */
    @Bean
    RecurringTask<Void> notifySend(OutboxWorker worker) {
        return Tasks.recurring("notify-send", FixedDelay.ofSeconds(30)).execute((instance, context) -> worker.sendDue());
    }

    /** Asks GOV.UK Notify whether what it took was delivered, every 10 minutes. */
    @Bean
    RecurringTask<Void> notifyDeliveryStatus(DeliveryStatuses statuses) {
        return Tasks.recurring("notify-delivery-status", FixedDelay.ofMinutes(10))
                .execute((instance, context) -> statuses.check());
    }

    /** The day's reminders, alerts and follow-ups, at 7 in the morning (the run skips days that are not working days). */
    @Bean
    RecurringTask<Void> notifyReminders(ReminderRun run) {
        return Tasks.recurring("notify-reminders", new Daily(LONDON, LocalTime.of(7, 0)))
                .execute((instance, context) -> run.run());
    }

    /** The weekly digest, on Monday mornings. */
    @Bean
    RecurringTask<Void> notifyWeeklyDigest(WeeklyDigest digest) {
        return Tasks.recurring("notify-weekly-digest", Schedules.cron("0 0 7 * * MON", LONDON))
                .execute((instance, context) -> digest.send());
    }
}
