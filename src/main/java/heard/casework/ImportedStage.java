package heard.casework;

import java.time.LocalDate;

/**
 * One stage of a case as a case log records it.
 *
 * @param startedOn Stage 2: the day the statement of complaint was agreed (null: the request started it)
 * @param extended  whether the timescale was extended (to the procedure's limit: a log gives no more)
 */
public record ImportedStage(int number, LocalDate requestedOn, LocalDate startedOn, boolean extended,
                            LocalDate respondedOn, Outcome outcome, LocalDate panelOn, LocalDate panelReportOn) {
}
