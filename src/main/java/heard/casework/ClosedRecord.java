package heard.casework;

import java.time.LocalDate;

/**
 * A record whose handling is over, with the day it ended: what a retention schedule counts its period from.
 * Feedback, the Ombudsman's records and public submissions use it too.
 *
 * @param reference the record's reference
 * @param kind      which kind of record, in the owning module's words (e.g. {@code complaint}, {@code compliment})
 * @param closedOn  the day its handling ended
 */
public record ClosedRecord(String reference, String kind, LocalDate closedOn) {
}
