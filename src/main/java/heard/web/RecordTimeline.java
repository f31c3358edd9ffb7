package heard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Entries that another module adds to a record's timeline (a letter sent to the complainant on a case, say),
 * so that the module owning the page need not know the others exist. The page merges them with its own, in
 * the order they were recorded.
 */
public interface RecordTimeline {

    /** This module's entries for the record with this reference; empty if it has none. */
    List<Entry> entries(String reference);

    /**
     * @param title  what happened, in words
     * @param detail a line beneath it, or null
     * @param href   where to see it, or null
     */
    record Entry(LocalDate on, Instant recordedAt, String title, String detail, String recordedBy, String href) {
    }
}
