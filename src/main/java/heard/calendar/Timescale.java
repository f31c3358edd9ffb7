package heard.calendar;

import java.util.Objects;
import java.util.Optional;

/**
 * How long something may take, in working days: a target, and for some timescales the most it may be
 * extended to (Stage 1: 10, extendable to 20). The statutory ones are in {@link StatutoryTimescales};
 * the council's corporate procedure builds its own from configuration.
 *
 * @param name       what the timescale is for, as people call it ("Stage 1 response")
 * @param target     working days allowed
 * @param extendedTo the most working days allowed when the timescale is extended; empty when it cannot be
 */
public record Timescale(String name, WorkingDays target, Optional<WorkingDays> extendedTo) {

    public Timescale {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A timescale needs a name.");
        }
        Objects.requireNonNull(target, () -> "Timescale \"" + name + "\" needs a target number of working days.");
        Objects.requireNonNull(extendedTo, () -> "Timescale \"" + name + "\": say Optional.empty() when it cannot be extended.");
        extendedTo.ifPresent(extended -> {
            if (extended.count() <= target.count()) {
                throw new IllegalArgumentException("Timescale \"" + name + "\" can only be extended beyond its target of "
                        + target + ", not to " + extended + ".");
            }
        });
    }

    /** A timescale that cannot be extended. */
    public static Timescale of(String name, int target) {
        return new Timescale(name, WorkingDays.of(target), Optional.empty());
    }

    /** A timescale that may be extended, to at most {@code extendedTo} working days. */
    public static Timescale extendable(String name, int target, int extendedTo) {
        return new Timescale(name, WorkingDays.of(target), Optional.of(WorkingDays.of(extendedTo)));
    }
}
