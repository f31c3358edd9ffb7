package heard.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a case, as its timeline shows it: on what date it happened (which
 * may be earlier than when it was recorded), what, and who recorded it when. The words come from
 * the message bundle ({@code timeline.EVENT}), with the stage, outcome, a person's name and a free
 * text as its arguments.
 */
public record TimelineEntry(LocalDate on, Event event, Integer stage, Outcome outcome, String person, String text,
                            String recordedBy, Instant recordedAt) {

    public TimelineEntry {
        if (on == null || event == null) {
            throw new IllegalArgumentException("A timeline entry has a date and an event");
        }
    }

    /** What can happen to a case. */
    public enum Event {
        RECEIVED, IMPORTED, ELIGIBILITY_DECIDED, LATE_COMPLAINT_ACCEPTED, PROCEDURE_CHANGED, ACKNOWLEDGED, ALLOCATED,
        EXTENDED, RESPONDED, STAGE_REQUESTED, INVESTIGATING_OFFICER_APPOINTED, INDEPENDENT_PERSON_APPOINTED,
        STATEMENT_SENT, STATEMENT_AMENDED, STATEMENT_AGREED, INVESTIGATION_REPORTED, PANEL_APPOINTED, PANEL_HELD, PANEL_REPORTED, WITHDRAWN,
        SUSPENDED, RESUMED, ADR_HELD, COST_RECORDED, NOTE, CLOSED, REOPENED, DETAILS_CHANGED,
        RESTRICTED, RESTRICTION_LIFTED
    }
}
