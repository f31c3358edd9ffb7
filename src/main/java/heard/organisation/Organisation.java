package heard.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's structure as other modules read it: its name, service areas, teams and issue categories. */
@Service
@Transactional(readOnly = true)
public class Organisation {

    private final OrganisationRepository repository;
    private final String defaultCouncilName;

    Organisation(OrganisationRepository repository, @Value("${heard.council-name:Your council}") String defaultCouncilName) {
        this.repository = repository;
        this.defaultCouncilName = defaultCouncilName;
    }

    /** The council's name as set in Settings, or {@code heard.council-name} until it is. */
    public String councilName() {
        return council().name();
    }

    /** The council's name and contact details ({@code heard.council-name} and none until set in Settings). */
    public Council council() {
        return repository.council().orElseGet(() -> new Council(defaultCouncilName, null, null, null, 0));
    }

    public List<ServiceArea> serviceAreas() {
        return repository.serviceAreas();
    }

    public Optional<ServiceArea> serviceArea(long id) {
        return repository.serviceArea(id);
    }

    /** The service area of this name, compared without case or extra spaces. */
    public Optional<ServiceArea> serviceAreaNamed(String name) {
        return repository.serviceAreaNamed(name);
    }

    /** Every team, open or closed, by service area. */
    public List<Team> teams() {
        return repository.teams();
    }

    public Optional<Team> team(long id) {
        return repository.team(id);
    }

    /**
     * The team that has (or once had) this name, compared without case or extra spaces. A name
     * belongs to one team only, so the answer is unambiguous.
     */
    public Optional<Team> teamNamed(String name) {
        return repository.teamsEverNamed(name).stream().findFirst();
    }

    public List<IssueCategory> issueCategories() {
        return repository.issueCategories();
    }

    public Optional<IssueCategory> issueCategory(long id) {
        return repository.issueCategory(id);
    }

    public Optional<IssueCategory> issueCategoryNamed(String name) {
        return repository.issueCategoryNamed(name);
    }
}
