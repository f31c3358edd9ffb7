package heard.interchange.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.CaseLogCheck;
import heard.interchange.transfer.ImportOptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Web imports as jobs in the database: an upload is stored and queued for checking; once checked
 * clean, the person confirms and it is queued for importing. {@link ImportWorker} does the work, on
 * whichever instance claims the job first.
 */
@Service
public class ImportJobs {

    /** How long a person may take to confirm a checked file before its upload is discarded. */
    static final Duration CONFIRMATION_WINDOW = Duration.ofDays(1);

    private final ImportJobRepository repository;
    private final ImportWorker worker;
    private final Clock clock;

    ImportJobs(ImportJobRepository repository, ImportWorker worker, Clock clock) {
        this.repository = repository;
        this.worker = worker;
        this.clock = clock;
    }

    /** Stores an upload and queues it to be checked (or, for the sample data, straight to be imported). */
    @Transactional
    public long submit(String fileName, CaseLogFormat format, long size, InputStream content, ImportOptions options,
                boolean confirmed, String uploadedBy) throws IOException {
        ImportJob.Status status = confirmed ? ImportJob.Status.IMPORT_QUEUED : ImportJob.Status.CHECK_QUEUED;
        long id = repository.insert(fileName, format, size, options, status, uploadedBy, clock.instant());
        repository.storeContent(id, content);
        worker.wakeAfterCommit();
        return id;
    }

    /** The person confirms a checked file: it is queued to be imported. False if it is no longer waiting. */
    @Transactional
    public boolean confirm(long id, boolean createMissing) {
        repository.confirm(id, createMissing);
        boolean moved = repository.move(id, ImportJob.Status.READY, ImportJob.Status.IMPORT_QUEUED, null, clock.instant());
        if (moved) {
            worker.wakeAfterCommit();
        }
        return moved;
    }

    @Transactional
    public boolean cancel(long id) {
        boolean moved = repository.move(id, ImportJob.Status.READY, ImportJob.Status.CANCELLED, null, clock.instant());
        if (moved) {
            repository.finish(id, ImportJob.Status.CANCELLED, null, repository.find(id).orElseThrow().summary(),
                    clock.instant());
            repository.deleteContent(id);
        }
        return moved;
    }

    public Optional<ImportJob> find(long id) {
        return repository.find(id);
    }

    public List<ImportJob> recent() {
        return repository.recent(10);
    }

    public List<ImportJobRepository.StoredProblem> problems(long id, int limit) {
        return repository.problems(id, limit);
    }

    public void eachProblem(long id, java.util.function.Consumer<ImportJobRepository.StoredProblem> sink) {
        repository.eachProblem(id, sink);
    }

    public List<CaseLogCheck.Change> changes(long id, int limit) {
        return repository.changes(id, limit);
    }

    /**
     * Waits a little for a job to finish its current step, so that a small file's page shows its result
     * at once rather than "checking"; a large file's page shows its progress instead.
     */
    public ImportJob awaitStep(long id, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        ImportJob job = repository.find(id).orElseThrow();
        while (job.status().isWorking() && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
            job = repository.find(id).orElseThrow();
        }
        return job;
    }
}
