package heard.casework.domain;

import heard.calendar.Timescale;

/**
 * How a procedure times one stage.
 *
 * @param response        the timescale for the stage's answer, with its extension limit
 * @param clockStart      when the response clock starts
 * @param requestWindow   how long after the previous stage's answer the complainant has to ask
 *                        for this stage (late requests are accepted at the council's discretion);
 *                        null for Stage 1
 */
public record StageRules(int number, Timescale response, ClockStart clockStart, Timescale requestWindow) {

    /** What starts a stage's response clock. */
    public enum ClockStart {
        /** The day the complaint was received (statutory Stage 1). */
        RECEIVED,
        /** The day the stage was requested (statutory Stage 3). */
        REQUESTED,
        /** The day the written statement of complaint was agreed, else the request (statutory Stage 2). */
        STATEMENT_AGREED,
        /** The day the stage was acknowledged (the Complaint Handling Code's corporate stages). */
        ACKNOWLEDGED
    }
}
