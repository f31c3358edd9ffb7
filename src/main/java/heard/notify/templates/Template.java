package heard.notify.templates;

import java.time.Instant;

/**
 * A template as it is in use: the council's wording, or Heard's default where the council has not
 * written its own.
 *
 * @param customised true when the council wrote this wording, false for Heard's default
 * @param version    the saved version the person editing it saw (0 for the default)
 */
public record Template(TemplateText text, boolean customised, int version, String updatedBy, Instant updatedAt) {

    public TemplateKey key() {
        return text.key();
    }
}
