package heard.security.signin;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's signed-in sessions, as the session store (Spring Session JDBC, in the database every
 * instance shares) finds them by the principal's name. Ending them there ends them on every instance
 * at once: an instance reads the session from the database on each request and finds it gone.
 * A sub-command of the jar runs without the web session store, and has no sessions to end.
 */
@Component
public class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
        this.store = store;
    }

    /** How many sessions this person has open (not yet expired). */
    public int count(String username) {
        var repository = store.getIfAvailable();
        return repository == null ? 0 : (int) repository.findByPrincipalName(username).values().stream()
                .filter(s -> !s.isExpired()).count();
    }

    /** Ends every session of this person; returns how many there were. */
    int endAll(String username) {
        return endAllBut(username, null);
    }

    /** Ends every session of this person but the one given (theirs, now): after they change a factor. */
    public int endAllBut(String username, String keptSessionId) {
        var repository = store.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        Map<String, ? extends Session> sessions = repository.findByPrincipalName(username);
        int ended = 0;
        for (String id : sessions.keySet()) {
            if (!id.equals(keptSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /**
     * Ends this person's sessions once the current transaction commits: the change that calls for it
     * (their account disabled, their roles changed) is then in the database, so a new sign-in made
     * a moment later gets the account as it is now, never as it was.
     */
    public void endAllAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAll(username);
                }
            });
        } else {
            endAll(username);
        }
    }
}
