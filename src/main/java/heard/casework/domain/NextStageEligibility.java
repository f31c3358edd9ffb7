package heard.casework.domain;

import java.time.LocalDate;
import java.util.Optional;

import heard.calendar.WorkingDayCalendar;
import heard.casework.Complaint;
import heard.casework.Outcome;
import heard.casework.ProcedureRules;
import heard.casework.Refusal;
import heard.casework.Stage;

/**
 * Whether a complainant may go on to the next stage, and whether the request is late.
 *
 * <p>A request follows the previous stage's answer, or comes before it: the complainant need not
 * wait (after 20 working days without a Stage 1 answer the statutory guidance says they may go
 * straight to Stage 2), and the previous stage is then recorded as escalated without response.
 * A request more than the window (20 working days) after the answer is late: it is accepted only
 * at the council's discretion, recorded with its reasons. A withdrawn complaint has no next stage.
 */
public final class NextStageEligibility {

    private NextStageEligibility() {
    }

    /** Checks a request for stage {@code next}; returns the last day of the window when the request is late. */
    public static Optional<LocalDate> check(Complaint complaint, ProcedureRules rules, int next, LocalDate requestedOn,
                                     String discretion, WorkingDayCalendar calendar, LocalDate today) {
        if (next > rules.stageCount()) {
            throw Refusal.of("stage.request.noSuchStage", next, rules.stageCount());
        }
        Stage previous = complaint.stage(next - 1)
                .orElseThrow(() -> Refusal.of("stage.request.previousMissing", next, next - 1));
        if (previous.outcome() == Outcome.WITHDRAWN) {
            throw Refusal.of("stage.request.withdrawn", next - 1);
        }
        if (requestedOn == null) {
            throw new Refusal("requestedOn", "date.missing");
        }
        if (requestedOn.isAfter(today)) {
            throw new Refusal("requestedOn", "date.future");
        }
        if (requestedOn.isBefore(previous.requestedOn())) {
            throw new Refusal("requestedOn", "stage.request.beforePrevious", next - 1, previous.requestedOn());
        }
        if (previous.respondedOn() == null) {
            return Optional.empty();
        }
        if (requestedOn.isBefore(previous.respondedOn())) {
            throw new Refusal("requestedOn", "stage.request.beforeAnswer", next - 1, previous.respondedOn());
        }
        LocalDate windowEnds = calendar.add(previous.respondedOn(), rules.stage(next).requestWindow().target().count());
        if (requestedOn.isAfter(windowEnds)) {
            if (Text.tidy(discretion) == null) {
                throw new Refusal("discretion", "stage.request.lateNeedsDiscretion", next, windowEnds);
            }
            return Optional.of(windowEnds);
        }
        return Optional.empty();
    }
}
