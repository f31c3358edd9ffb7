package heard.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import heard.casework.domain.Move;

/**
 * A case as its page shows it to one person: the complaint, every deadline worked out for today,
 * the one to watch now, the statutory markers, and the moves this person may make now.
 *
 * @param mayEscalateAfter    statutory Stage 1 not yet answered: after this day the complainant may
 *                            go straight to Stage 2
 * @param nextStageRequestDue after a stage's answer: the last day to ask for the next without discretion
 */
public record CaseView(Complaint complaint, ProcedureRules rules, List<CaseDeadline> deadlines,
                       Optional<CaseDeadline> current, Optional<LocalDate> mayEscalateAfter,
                       Optional<LocalDate> nextStageRequestDue, Set<Move> moves, LocalDate today) {

    public boolean can(Move move) {
        return moves.contains(move);
    }

    public boolean mayEscalateNow() {
        return mayEscalateAfter.filter(today::isAfter).isPresent();
    }

    public List<CaseDeadline> deadlinesOf(int stage) {
        return deadlines.stream().filter(d -> d.stage() == stage).toList();
    }
}
