package heard.web;

import java.util.List;
import java.util.Objects;

/**
 * How far one section of the settings is set up, shown beside it on the Settings page so that a new
 * council's administrator can see what is left to do.
 *
 * @param progress   whether the section is done, still needs doing, or can be left as it is
 * @param summaryKey a message key for a short sentence on what is set now
 * @param arguments  the sentence's arguments
 */
public record SettingsStatus(Progress progress, String summaryKey, List<Object> arguments) {

    public enum Progress { COMPLETED, INCOMPLETE, OPTIONAL }

    public SettingsStatus {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(summaryKey, "summaryKey");
        arguments = List.copyOf(arguments);
    }

    public static SettingsStatus completed(String summaryKey, Object... arguments) {
        return new SettingsStatus(Progress.COMPLETED, summaryKey, List.of(arguments));
    }

    public static SettingsStatus incomplete(String summaryKey, Object... arguments) {
        return new SettingsStatus(Progress.INCOMPLETE, summaryKey, List.of(arguments));
    }

    /** Completed or incomplete as {@code done} says, with the one summary either way. */
    public static SettingsStatus completedIf(boolean done, String summaryKey, Object... arguments) {
        return new SettingsStatus(done ? Progress.COMPLETED : Progress.INCOMPLETE, summaryKey, List.of(arguments));
    }

    /** A section Heard works without: the summary says what it does until someone changes it. */
    public static SettingsStatus optional(String summaryKey, Object... arguments) {
        return new SettingsStatus(Progress.OPTIONAL, summaryKey, List.of(arguments));
    }
}
