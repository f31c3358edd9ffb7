package heard.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One db-scheduler for the application, holding every {@link Task} bean the modules declare. Each
 * recurring task ({@link RecurringTask}) is stored once in {@code scheduled_tasks} however many instances
 * start; an instance claims a due execution in the database before running it, so it runs on one
 * instance, and an execution whose instance stopped sending heartbeats is run again by another.
 *
 * <p>The scheduler reads the time from Heard's injected {@link Clock}, so a test that moves the clock
 * moves the jobs too. It exists in every run, so that a service can schedule a one-off task, but polls
 * only in the web application and only with {@code heard.jobs.run=true} (the default; tests set it off
 * unless they are about a job). Spring stops it before the data source closes.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> declared, Clock clock,
                        @Value("${heard.jobs.poll:PT10S}") Duration poll,
                        @Value("${heard.jobs.threads:2}") int threads) {
        return scheduler(dataSource, declared.orderedStream().toList(), clock, poll, threads);
    }

    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock, Duration poll, int threads) {
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        // The builder adds start tasks to the known ones itself, and refuses a task known twice.
        List<Task<?>> oneOff = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        // Joins Spring's transaction when a service schedules a task inside one: the task and the change commit together.
        return new ClockedSchedulerBuilder(new TransactionAwareDataSourceProxy(dataSource), oneOff, clock)
                .startTasks(recurring)
                .pollingInterval(poll)
                .threads(threads)
                .schedulerName(new SchedulerName.Hostname())
                .build();
    }

    /** Starts polling once the application is ready to serve, so that a task never meets a half-built context. */
    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "heard.jobs.run", havingValue = "true", matchIfMissing = true)
    ApplicationListener<ApplicationReadyEvent> startJobs(Scheduler scheduler) {
        return event -> scheduler.start();
    }

    /** db-scheduler keeps its own clock behind a protected field; this builder hands it Heard's. */
    private static final class ClockedSchedulerBuilder extends SchedulerBuilder {

        ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
            super(dataSource, tasks);
            // The databases keep microseconds: a time with nanoseconds could be stored rounded up past "now".
            this.clock = () -> clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
