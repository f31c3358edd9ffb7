package heard.interchange.jobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every few seconds, in the web application only (a command-line run does its own import and exits),
 * this instance looks for queued jobs, including those another instance queued, and tidies stalled
 * and unconfirmed ones.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class ImportWorkerSchedule {

    private final ImportWorker worker;

    ImportWorkerSchedule(ImportWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${heard.interchange.poll:PT5S}")
    void poll() {
        worker.sweep();
        worker.wake();
    }
}
