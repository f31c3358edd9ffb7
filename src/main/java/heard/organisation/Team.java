package heard.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A team, with every name it has had. A rename takes effect from a date, so a report about an
 * earlier year can still say what the team was called then.
 */
public record Team(long id, long serviceAreaId, String serviceAreaName, LocalDate openedOn, LocalDate closedOn,
                   List<TeamName> names, int version) {

    public Team {
        names = names.stream().sorted(Comparator.comparing(TeamName::validFrom)).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("A team has at least one name");
        }
    }

    /** The team's name on a date: the latest name in force by then (its first name before that). */
    public String nameOn(LocalDate date) {
        String name = names.get(0).name();
        for (TeamName n : names) {
            if (!n.validFrom().isAfter(date)) {
                name = n.name();
            }
        }
        return name;
    }

    public boolean openOn(LocalDate date) {
        return !date.isBefore(openedOn) && (closedOn == null || date.isBefore(closedOn));
    }

    /** One of a team's names and the date it took effect. */
    public record TeamName(String name, LocalDate validFrom) {
    }
}
