package heard.learning;

import java.time.Clock;

import heard.casework.StageAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the actions a stage's answer recorded on a case up into the register, once each: as soon as the answer is
 * saved, and, for case logs imported without events and answers given before the register existed, whenever the
 * register is listed. Each runs in a transaction of its own, after casework's has committed, so that two takings-up
 * at once can only fail each other's (the register's key keeps each action once), never the answer itself.
 */
@Component
class CaseActionsAdoption {

    private static final Logger log = LoggerFactory.getLogger(CaseActionsAdoption.class);

    private final LearningRepository repository;
    private final TransactionTemplate separately;
    private final Clock clock;

    CaseActionsAdoption(LearningRepository repository, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(StageAnswered answered) {
        adopt(answered.reference().value());
    }

    /** Takes up one case's actions, or every case's when {@code reference} is null. */
    void adopt(String reference) {
        try {
            separately.executeWithoutResult(status -> repository.adoptCaseActions(reference, clock.instant()));
        } catch (DataIntegrityViolationException takenUpMeanwhile) {
            // Someone else took the same actions up at the same moment: they are in the register either way.
            log.debug("Actions of {} were taken up at the same time", reference == null ? "every case" : reference);
        }
    }
}
