package heard.interchange.caselog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import heard.organisation.IssueCategory;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;

/**
 * The council's service areas, teams and issue categories as a case log names them: each name
 * looked up once (without case or extra spaces), and each name Heard does not know given a
 * stand-in id below zero, so that a row naming it can be checked and compared before it exists.
 */
public final class NameBook {

    private final Organisation organisation;
    private final Map<String, Long> areas = new HashMap<>();
    private final Map<String, Optional<Team>> teams = new HashMap<>();
    private final Map<String, Long> teamStandIns = new HashMap<>();
    private final Map<String, Long> issues = new HashMap<>();
    private final Map<Long, ServiceArea> areasById = new HashMap<>();
    private final Map<Long, Team> teamsById = new HashMap<>();
    private final Map<Long, String> issuesById = new HashMap<>();
    private final Map<Long, String> unknownNames = new HashMap<>();
    private final Map<String, String> unknownAreas = new LinkedHashMap<>();
    private final Map<String, String> unknownIssues = new LinkedHashMap<>();
    private long nextUnknown = -1;

    public NameBook(Organisation organisation) {
        this.organisation = organisation;
    }

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public Long areaId(String name) {
        return areas.computeIfAbsent(key(name), k -> organisation.serviceAreaNamed(name)
                .map(a -> {
                    areasById.put(a.id(), a);
                    return a.id();
                })
                .orElseGet(() -> {
                    unknownAreas.put(k, tidy(name));
                    return unknown(name);
                }));
    }

    /** The team Heard has (or once had) under this name. */
    public Optional<Team> team(String name) {
        return teams.computeIfAbsent(key(name), k -> organisation.teamNamed(name).map(t -> {
            teamsById.put(t.id(), t);
            return t;
        }));
    }

    /** A stand-in id for a team Heard does not have yet, the same for every spelling of its name. */
    public Long unknownTeamId(String name) {
        return teamStandIns.computeIfAbsent(key(name), k -> unknown(name));
    }

    public Long issueId(String name) {
        return issues.computeIfAbsent(key(name), k -> organisation.issueCategoryNamed(name)
                .map(c -> {
                    issuesById.put(c.id(), c.name());
                    return c.id();
                })
                .orElseGet(() -> {
                    unknownIssues.put(k, tidy(name));
                    return unknown(name);
                }));
    }

    private long unknown(String name) {
        long id = nextUnknown--;
        unknownNames.put(id, tidy(name));
        return id;
    }

    public List<String> unknownAreas() {
        return new ArrayList<>(unknownAreas.values());
    }

    public List<String> unknownIssues() {
        return new ArrayList<>(unknownIssues.values());
    }

    public Optional<ServiceArea> area(long id) {
        return Optional.ofNullable(areasById.computeIfAbsent(id, i -> organisation.serviceArea(i).orElse(null)));
    }

    /** A service area's name, for an export or a list of changes. */
    public String areaName(Long id) {
        if (id == null) {
            return "";
        }
        return id < 0 ? unknownNames.get(id) : area(id).map(ServiceArea::name).orElse("");
    }

    /** A team's name on a day: an export gives the name the team had when the record was received. */
    public String teamName(Long id, LocalDate on) {
        if (id == null) {
            return "";
        }
        if (id < 0) {
            return unknownNames.get(id);
        }
        Team team = teamsById.computeIfAbsent(id, i -> organisation.team(i).orElse(null));
        return team == null ? "" : on == null ? team.nameOn(LocalDate.MAX) : team.nameOn(on);
    }

    String issueName(Long id) {
        if (id < 0) {
            return unknownNames.get(id);
        }
        return issuesById.computeIfAbsent(id, i -> organisation.issueCategory(i).map(IssueCategory::name).orElse(""));
    }
}
