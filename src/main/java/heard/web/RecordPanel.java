package heard.web;

import java.util.Map;
import java.util.Optional;

/**
 * A part of a record's page contributed by another module (the Ombudsman's involvement on a
 * complaint's page, say), so that the module owning the page need not know the others exist.
 * The page renders {@code ~{TEMPLATE :: panel(model)}} for each panel offered.
 */
public interface RecordPanel {

    /** The panel for the record with this reference, if this module has anything to show or offer for it. */
    Optional<View> panel(String reference);

    /**
     * @param template the template holding a fragment {@code panel(model)}
     * @param order    position on the page, low first
     */
    record View(String template, Map<String, Object> model, int order) {
    }
}
