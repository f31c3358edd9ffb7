package heard.casework;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out every open deadline of the open cases saved before Heard kept them all (an upgraded installation's
 * cases, flagged by migration V030), which until then are reminded of their earliest only.
 */
@Component
class OpenDeadlinesCatchUp {

    private final ComplaintRepository complaints;
    private final CaseworkSettingsRepository settings;
    private final Casework casework;
    private final TransactionTemplate transactions;

    OpenDeadlinesCatchUp(ComplaintRepository complaints, CaseworkSettingsRepository settings, Casework casework,
                         TransactionTemplate transactions) {
        this.complaints = complaints;
        this.settings = settings;
        this.casework = casework;
        this.transactions = transactions;
    }

    /** A chunk to a transaction, so a long catch-up keeps what it did if the instance stops. Returns how many. */
    int run() {
        int done = 0;
        while (true) {
            Integer n = transactions.execute(t -> {
                List<Long> ids = complaints.openWithDeadlinesUnlisted(CaseworkImport.CHUNK);
                if (ids.isEmpty()) {
                    return 0;
                }
                CaseworkSettings config = settings.load();
                List<Complaint> cases = complaints.findAllById(ids);
                complaints.updateListings(cases.stream().map(Complaint::id).toList(),
                        cases.stream().map(c -> casework.listing(c, config)).toList());
                complaints.deadlinesListed(ids);
                return ids.size();
            });
            if (n == null || n == 0) {
                return done;
            }
            done += n;
        }
    }
}
