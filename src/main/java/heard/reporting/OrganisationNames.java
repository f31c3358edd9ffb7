package heard.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;

/**
 * The names of the service areas, teams and issue categories a report mentions, read once from the
 * organisation module. A team is named as it was called on the report's last day: a team renamed since
 * keeps its old name in reports about the years it had it.
 */
final class OrganisationNames {

    private final Map<Long, ServiceArea> areas;
    private final Map<Long, Team> teams;
    private final Map<Long, IssueCategory> issues;
    private final LocalDate on;

    OrganisationNames(Organisation organisation, LocalDate on) {
        this.areas = organisation.serviceAreas().stream().collect(Collectors.toMap(ServiceArea::id, Function.identity()));
        this.teams = organisation.teams().stream().collect(Collectors.toMap(Team::id, Function.identity()));
        this.issues = organisation.issueCategories().stream()
                .collect(Collectors.toMap(IssueCategory::id, Function.identity()));
        this.on = on;
    }

    /** The service area's name; null for none, and its id for one the organisation no longer knows. */
    String area(Long id) {
        if (id == null) {
            return null;
        }
        ServiceArea area = areas.get(id);
        return area == null ? "#" + id : area.name();
    }

    String team(Long id) {
        if (id == null) {
            return null;
        }
        Team team = teams.get(id);
        return team == null ? "#" + id : team.nameOn(on);
    }

    String issue(long id) {
        IssueCategory issue = issues.get(id);
        return issue == null ? "#" + id : issue.name();
    }

    /** Service areas by name, then teams by name, a missing area or team after the named ones. */
    <T> Comparator<T> byAreaAndTeam(Function<T, Long> area, Function<T, Long> team) {
        Comparator<String> names = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        return Comparator.<T, String>comparing(t -> area(area.apply(t)), names)
                .thenComparing(t -> team(team.apply(t)), names);
    }
}
