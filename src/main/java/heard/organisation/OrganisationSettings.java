package heard.organisation;

import java.time.Clock;
import java.time.LocalDate;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the council's structure. Each is checked (blank or duplicate names, dates in the
 * wrong order), refused with an {@link OrganisationProblem} that names the field, audited, and
 * refused as well when the record changed since the person read it.
 */
@Service
@Transactional
public class OrganisationSettings {

    private final OrganisationRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationSettings(OrganisationRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the council's name and contact details, refusing a blank name or a malformed email address. */
    public void saveCouncil(Council council) {
        Council before = repository.council().orElse(null);
        requireName("name", council.name());
        if (council.contactEmail() != null && !council.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new OrganisationProblem("contactEmail", "council.contactEmail.invalid");
        }
        Council tidy = new Council(Names.tidy(council.name()), council.contactEmail(), council.contactPhone(),
                council.contactAddress(), council.version());
        if (!repository.saveCouncil(tidy)) {
            throw changedMeanwhile();
        }
        audit.changed(new AuditSubject("council", "1"), "updated", "Council details saved", before, tidy);
    }

    // --- service areas

    public ServiceArea addServiceArea(String name) {
        requireName("name", name);
        if (repository.serviceAreaNamed(name).isPresent()) {
            throw new OrganisationProblem("name", "serviceArea.name.taken", Names.tidy(name));
        }
        ServiceArea area = repository.serviceArea(repository.insertServiceArea(name)).orElseThrow();
        audit.changed(subject("service-area", area.id()), "created", "Service area " + area.name() + " added", null, area);
        return area;
    }

    /** Renames a service area and opens or closes it (closed from {@code closedOn}; null to keep it open). */
    public ServiceArea updateServiceArea(long id, int version, String name, LocalDate closedOn) {
        ServiceArea before = repository.serviceArea(id).orElseThrow(() -> notFound("serviceArea.notFound"));
        requireName("name", name);
        repository.serviceAreaNamed(name).filter(other -> other.id() != id).ifPresent(other -> {
            throw new OrganisationProblem("name", "serviceArea.name.taken", Names.tidy(name));
        });
        if (!repository.updateServiceArea(id, version, name, closedOn)) {
            throw changedMeanwhile();
        }
        ServiceArea after = repository.serviceArea(id).orElseThrow();
        audit.changed(subject("service-area", id), "updated", "Service area " + after.name() + " changed", before, after);
        return after;
    }

    // --- teams

    public Team addTeam(long serviceAreaId, String name, LocalDate openedOn) {
        ServiceArea area = repository.serviceArea(serviceAreaId)
                .orElseThrow(() -> new OrganisationProblem("serviceAreaId", "team.serviceArea.missing"));
        requireName("name", name);
        requireNameFree(name, null);
        LocalDate opened = openedOn == null ? today() : openedOn;
        if (!area.openOn(opened)) {
            throw new OrganisationProblem("serviceAreaId", "team.serviceArea.closed", area.name());
        }
        Team team = repository.team(repository.insertTeam(serviceAreaId, name, opened)).orElseThrow();
        audit.changed(subject("team", team.id()), "created", "Team " + Names.tidy(name) + " added to " + area.name(),
                null, team);
        return team;
    }

    /**
     * Gives a team a new name from a date. The old name stays in the team's history: reports
     * about earlier periods still show it.
     */
    public Team renameTeam(long teamId, int version, String newName, LocalDate from) {
        Team before = repository.team(teamId).orElseThrow(() -> notFound("team.notFound"));
        requireName("name", newName);
        requireNameFree(newName, teamId);
        if (from == null) {
            throw new OrganisationProblem("from", "team.rename.from.missing");
        }
        if (from.isBefore(before.openedOn())) {
            throw new OrganisationProblem("from", "team.rename.from.beforeOpened", before.openedOn());
        }
        if (!repository.touchTeam(teamId, version, before.closedOn())) {
            throw changedMeanwhile();
        }
        boolean sameDay = before.names().stream().anyMatch(n -> n.validFrom().equals(from));
        if (sameDay) {
            repository.replaceTeamName(teamId, newName, from);
        } else {
            repository.insertTeamName(teamId, newName, from);
        }
        Team after = repository.team(teamId).orElseThrow();
        audit.changed(subject("team", teamId), "renamed",
                "Team " + before.nameOn(from) + " renamed " + Names.tidy(newName) + " from " + from, before, after);
        return after;
    }

    /** Closes a team from a date (its cases and history stay), or reopens it when {@code closedOn} is null. */
    public Team closeTeam(long teamId, int version, LocalDate closedOn) {
        Team before = repository.team(teamId).orElseThrow(() -> notFound("team.notFound"));
        if (closedOn != null && !closedOn.isAfter(before.openedOn())) {
            throw new OrganisationProblem("closedOn", "team.close.beforeOpened", before.openedOn());
        }
        if (!repository.touchTeam(teamId, version, closedOn)) {
            throw changedMeanwhile();
        }
        Team after = repository.team(teamId).orElseThrow();
        audit.changed(subject("team", teamId), closedOn == null ? "reopened" : "closed",
                "Team " + after.nameOn(today()) + (closedOn == null ? " reopened" : " closed from " + closedOn),
                before, after);
        return after;
    }

    // --- issue categories

    public IssueCategory addIssueCategory(String name) {
        requireName("name", name);
        if (repository.issueCategoryNamed(name).isPresent()) {
            throw new OrganisationProblem("name", "issueCategory.name.taken", Names.tidy(name));
        }
        IssueCategory category = repository.issueCategory(repository.insertIssueCategory(name)).orElseThrow();
        audit.changed(subject("issue-category", category.id()), "created", "Issue category " + category.name() + " added",
                null, category);
        return category;
    }

    /** Renames a category, or retires it (kept on old records, not offered for new ones) or brings it back. */
    public IssueCategory updateIssueCategory(long id, int version, String name, boolean active) {
        IssueCategory before = repository.issueCategory(id).orElseThrow(() -> notFound("issueCategory.notFound"));
        requireName("name", name);
        repository.issueCategoryNamed(name).filter(other -> other.id() != id).ifPresent(other -> {
            throw new OrganisationProblem("name", "issueCategory.name.taken", Names.tidy(name));
        });
        if (!repository.updateIssueCategory(id, version, name, active)) {
            throw changedMeanwhile();
        }
        IssueCategory after = repository.issueCategory(id).orElseThrow();
        audit.changed(subject("issue-category", id), "updated", "Issue category " + after.name() + " changed", before, after);
        return after;
    }

    private void requireNameFree(String name, Long exceptTeam) {
        repository.teamsEverNamed(name).stream().filter(t -> exceptTeam == null || t.id() != exceptTeam).findFirst()
                .ifPresent(other -> {
                    throw new OrganisationProblem("name", "team.name.taken", Names.tidy(name), other.serviceAreaName());
                });
    }

    private static void requireName(String field, String name) {
        if (Names.tidy(name).isEmpty()) {
            throw new OrganisationProblem(field, "name.blank");
        }
        if (Names.tidy(name).length() > Names.MAXIMUM_LENGTH) {
            throw new OrganisationProblem(field, "name.tooLong", Names.MAXIMUM_LENGTH);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static AuditSubject subject(String type, long id) {
        return AuditSubject.of(type, id);
    }

    private static OrganisationProblem notFound(String key) {
        return new OrganisationProblem(null, key);
    }

    private static OrganisationProblem changedMeanwhile() {
        return new OrganisationProblem(null, "changedMeanwhile");
    }
}
