package heard.interchange.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import heard.interchange.transfer.CaseLogCheck;
import heard.interchange.transfer.CaseLogImporter;
import heard.interchange.transfer.ImportOutcome;
import heard.interchange.transfer.InterchangeMessages;
import heard.interchange.transfer.Progress;
import heard.interchange.transfer.Upload;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and imports the web's queued case logs, one at a time on this instance, in a thread of its
 * own. A job is claimed in the database before it is worked on, so two instances never run the same
 * one; one whose instance stopped (its heartbeat stale) is marked failed, and since an import is one
 * transaction, nothing of it was written.
 */
@Component
class ImportWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final ImportJobRepository repository;
    private final CaseLogImporter importer;
    private final InterchangeMessages messages;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "case-log-import");
        t.setDaemon(true);
        return t;
    });

    ImportWorker(ImportJobRepository repository, CaseLogImporter importer, InterchangeMessages messages,
                 PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.importer = importer;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Looks for work once the caller's transaction (which queued a job) has committed. */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    void wake() {
        thread.execute(this::drain);
    }

    /** Marks jobs whose instance stopped as failed, and discards uploads left unconfirmed. */
    void sweep() {
        Instant now = clock.instant();
        for (long id : repository.stalled(now.minus(STALLED_AFTER))) {
            repository.find(id).ifPresent(job -> {
                if (repository.move(id, job.status(), ImportJob.Status.FAILED, instance, now)) {
                    repository.finish(id, ImportJob.Status.FAILED, job.plan(), job.summary(), now);
                    repository.deleteContent(id);
                }
            });
        }
        for (long id : repository.unconfirmed(now.minus(ImportJobs.CONFIRMATION_WINDOW))) {
            repository.find(id).ifPresent(job -> {
                if (repository.move(id, ImportJob.Status.READY, ImportJob.Status.CANCELLED, instance, now)) {
                    repository.finish(id, ImportJob.Status.CANCELLED, job.plan(), job.summary(), now);
                    repository.deleteContent(id);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            Optional<ImportJob> next = repository.nextWaiting();
            if (next.isEmpty()) {
                return;
            }
            ImportJob job = next.get();
            ImportJob.Status working = job.status() == ImportJob.Status.CHECK_QUEUED ? ImportJob.Status.CHECKING
                    : ImportJob.Status.IMPORTING;
            if (repository.move(job.id(), job.status(), working, instance, clock.instant())) {
                run(job, working);
            }
        }
    }

    private void run(ImportJob job, ImportJob.Status working) {
        Path file = null;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(job.uploadedBy(), null, List.of()));
        try {
            file = Files.createTempFile("heard-import-", "." + job.format().extension());
            repository.copyContent(job.id(), file);
            Upload upload = new Upload(job.fileName(), job.format(), file);
            JobProgress progress = new JobProgress(job.id());
            if (working == ImportJob.Status.CHECKING) {
                recordCheck(job.id(), importer.check(upload, job.options(), progress), false);
                return;
            }
            ImportOutcome outcome = importer.importFile(upload, job.options(), job.plan(), job.uploadedBy(), c -> { },
                    progress);
            if (outcome.result() == ImportOutcome.Result.IMPORTED) {
                progress.update(outcome.check().rows(), outcome.check().rows(), outcome.check().rows(), true);
                repository.finish(job.id(), ImportJob.Status.IMPORTED, outcome.check().plan(),
                        ImportSummary.of(outcome.check(), outcome.written(), false), clock.instant());
                repository.deleteContent(job.id());
            } else {
                recordCheck(job.id(), outcome.check(), outcome.result() == ImportOutcome.Result.CHANGED_SINCE_CHECK
                        || outcome.result() == ImportOutcome.Result.NAMES_NOT_AGREED);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Case log job {} ({}) failed", job.id(), job.fileName(), e);
            repository.finish(job.id(), ImportJob.Status.FAILED, job.plan(), job.summary(), clock.instant());
            repository.deleteContent(job.id());
        } finally {
            SecurityContextHolder.clearContext();
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", file, e);
                }
            }
        }
    }

    /** Keeps what a check found for the job's page; a file with problems, or nothing to do, is finished with. */
    private void recordCheck(long id, CaseLogCheck check, boolean changedSinceCheck) {
        ImportJob.Status status = !check.ok() ? ImportJob.Status.REJECTED
                : check.nothingToDo(repository.find(id).orElseThrow().options().update()) ? ImportJob.Status.NOTHING_TO_DO
                : ImportJob.Status.READY;
        repository.replaceProblems(id, check.problems().stream().map(p -> new String[] {
            p.row() == null ? null : String.valueOf(p.row()), p.column(), messages.what(p)}).toList());
        repository.replaceChanges(id, check.changes());
        repository.finish(id, status, check.plan(), ImportSummary.of(check, null, changedSinceCheck), clock.instant());
        if (status != ImportJob.Status.READY) {
            repository.deleteContent(id);
        }
    }

    /** Writes progress in a transaction of its own, at most once a second, so that any instance's page can show it. */
    private final class JobProgress implements Progress {

        private final long id;
        private int read;
        private int written;
        private Integer total;
        private long last;

        JobProgress(long id) {
            this.id = id;
        }

        @Override
        public void read(int rows) {
            update(rows, written, total, false);
        }

        @Override
        public void written(int rows, int of) {
            update(read, rows, of, false);
        }

        void update(int rowsRead, int rowsWritten, Integer rowsTotal, boolean now) {
            read = rowsRead;
            written = rowsWritten;
            total = rowsTotal;
            long time = System.nanoTime();
            if (now || time - last > PROGRESS_EVERY.toNanos()) {
                last = time;
                ownTransaction.executeWithoutResult(s -> repository.progress(id, read, written, total, clock.instant()));
            }
        }
    }
}
