package heard.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class TeamsAreRenamedAndClosedWithoutLosingHistoryTest {

    @Autowired
    OrganisationSettings settings;
    @Autowired
    Organisation organisation;
    @Autowired
    AuditTrail audit;

    @Test
    void aRenameTakesEffectFromItsDateAndTheOldNameStaysForEarlierDates() {
        ServiceArea area = settings.addServiceArea("Safeguarding");
        Team team = settings.addTeam(area.id(), "Safeguarding Team A", LocalDate.of(2020, 4, 1));

        Team renamed = settings.renameTeam(team.id(), team.version(), "Child Protection Team North", LocalDate.of(2024, 9, 1));

        assertThat(renamed.nameOn(LocalDate.of(2024, 8, 31))).isEqualTo("Safeguarding Team A");
        assertThat(renamed.nameOn(LocalDate.of(2024, 9, 1))).isEqualTo("Child Protection Team North");
        assertThat(organisation.teamNamed("safeguarding team a")).map(Team::id).contains(team.id());
        assertThat(organisation.teamNamed("  CHILD protection  team north ")).map(Team::id).contains(team.id());
        assertThat(audit.history(AuditSubject.of("team", team.id()))).extracting("action").containsExactly("created", "renamed");
    }

    @Test
    void aClosedTeamKeepsItsNamesAndCanBeReopened() {
        ServiceArea area = settings.addServiceArea("Children in Care");
        Team team = settings.addTeam(area.id(), "Fostering", LocalDate.of(2019, 1, 1));

        Team closed = settings.closeTeam(team.id(), team.version(), LocalDate.of(2025, 4, 1));
        assertThat(closed.openOn(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(closed.openOn(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(organisation.team(team.id())).map(t -> t.nameOn(LocalDate.of(2026, 1, 1))).contains("Fostering");

        Team reopened = settings.closeTeam(team.id(), closed.version(), null);
        assertThat(reopened.closedOn()).isNull();
    }

    @Test
    void blankAndDuplicateNamesAreRefusedNamingTheField() {
        ServiceArea area = settings.addServiceArea("Early Help");
        settings.addTeam(area.id(), "Family Support", null);
        int teams = organisation.teams().size();

        assertThatThrownBy(() -> settings.addServiceArea("  "))
                .isInstanceOfSatisfying(OrganisationProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("name");
                    assertThat(p.messageKey()).isEqualTo("name.blank");
                });
        assertThatThrownBy(() -> settings.addServiceArea("early  help"))
                .isInstanceOfSatisfying(OrganisationProblem.class, p -> assertThat(p.messageKey()).isEqualTo("serviceArea.name.taken"));
        assertThatThrownBy(() -> settings.addTeam(area.id(), "FAMILY SUPPORT", null))
                .isInstanceOfSatisfying(OrganisationProblem.class, p -> assertThat(p.messageKey()).isEqualTo("team.name.taken"));
        assertThat(organisation.teams()).hasSize(teams);
    }

    @Test
    void anEditOverANewerVersionIsRefusedAndChangesNothing() {
        ServiceArea area = settings.addServiceArea("Disabled Children");
        settings.updateServiceArea(area.id(), area.version(), "Children with Disabilities", null);

        assertThatThrownBy(() -> settings.updateServiceArea(area.id(), area.version(), "Something else", null))
                .isInstanceOfSatisfying(OrganisationProblem.class, p -> assertThat(p.messageKey()).isEqualTo("changedMeanwhile"));
        assertThat(organisation.serviceArea(area.id())).map(ServiceArea::name).contains("Children with Disabilities");
    }
}
