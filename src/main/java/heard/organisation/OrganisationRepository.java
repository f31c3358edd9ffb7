package heard.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- council

    /** The council as set in Settings; empty until an administrator first saves it. */
    Optional<Council> council() {
        return jdbc.sql("SELECT * FROM council_settings WHERE id = 1")
                .query((rs, n) -> new Council(rs.getString("name"), rs.getString("contact_email"),
                        rs.getString("contact_phone"), rs.getString("contact_address"), rs.getInt("version")))
                .optional();
    }

    /** Saves the council's details; false when they changed since {@code council.version()} was read. */
    boolean saveCouncil(Council council) {
        if (council().isEmpty()) {
            return jdbc.sql("""
                    INSERT INTO council_settings (id, name, contact_email, contact_phone, contact_address, version)
                    VALUES (1, :name, :email, :phone, :address, 1)""")
                    .param("name", council.name()).param("email", council.contactEmail())
                    .param("phone", council.contactPhone()).param("address", council.contactAddress()).update() == 1;
        }
        return jdbc.sql("""
                UPDATE council_settings SET name = :name, contact_email = :email, contact_phone = :phone,
                       contact_address = :address, version = version + 1
                WHERE id = 1 AND version = :v""")
                .param("name", council.name()).param("email", council.contactEmail())
                .param("phone", council.contactPhone()).param("address", council.contactAddress())
                .param("v", council.version()).update() == 1;
    }

    // --- service areas

    List<ServiceArea> serviceAreas() {
        return jdbc.sql("SELECT * FROM service_area ORDER BY name_key").query(OrganisationRepository::serviceArea).list();
    }

    Optional<ServiceArea> serviceArea(long id) {
        return jdbc.sql("SELECT * FROM service_area WHERE id = :id").param("id", id)
                .query(OrganisationRepository::serviceArea).optional();
    }

    Optional<ServiceArea> serviceAreaNamed(String name) {
        return jdbc.sql("SELECT * FROM service_area WHERE name_key = :key").param("key", Names.key(name))
                .query(OrganisationRepository::serviceArea).optional();
    }

    long insertServiceArea(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_area (name, name_key) VALUES (:name, :key)")
                .param("name", Names.tidy(name)).param("key", Names.key(name)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateServiceArea(long id, int version, String name, LocalDate closedOn) {
        return jdbc.sql("""
                UPDATE service_area SET name = :name, name_key = :key, closed_on = :closedOn, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", Names.tidy(name)).param("key", Names.key(name)).param("closedOn", closedOn)
                .param("id", id).param("version", version).update() == 1;
    }

    // --- teams

    List<Team> teams() {
        return teams("", Map.of());
    }

    Optional<Team> team(long id) {
        return teams("WHERE t.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Teams that have ever been called this name (ignoring case and spacing). */
    List<Team> teamsEverNamed(String name) {
        return teams("WHERE t.id IN (SELECT team_id FROM team_name WHERE name_key = :key)", Map.of("key", Names.key(name)));
    }

    long insertTeam(long serviceAreaId, String name, LocalDate openedOn) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team (service_area_id, opened_on) VALUES (:area, :opened)")
                .param("area", serviceAreaId).param("opened", openedOn).update(keys, "id");
        long id = keys.getKey().longValue();
        insertTeamName(id, name, openedOn);
        return id;
    }

    void insertTeamName(long teamId, String name, LocalDate validFrom) {
        jdbc.sql("INSERT INTO team_name (team_id, name, name_key, valid_from) VALUES (:team, :name, :key, :from)")
                .param("team", teamId).param("name", Names.tidy(name)).param("key", Names.key(name))
                .param("from", validFrom).update();
    }

    void replaceTeamName(long teamId, String name, LocalDate validFrom) {
        jdbc.sql("UPDATE team_name SET name = :name, name_key = :key WHERE team_id = :team AND valid_from = :from")
                .param("team", teamId).param("name", Names.tidy(name)).param("key", Names.key(name))
                .param("from", validFrom).update();
    }

    boolean touchTeam(long id, int version, LocalDate closedOn) {
        return jdbc.sql("UPDATE team SET closed_on = :closedOn, version = version + 1 WHERE id = :id AND version = :version")
                .param("closedOn", closedOn).param("id", id).param("version", version).update() == 1;
    }

    private List<Team> teams(String where, Map<String, Object> params) {
        Map<Long, List<Team.TeamName>> names = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT t.id, t.service_area_id, a.name AS area_name, t.opened_on, t.closed_on, t.version,
                       n.name, n.valid_from
                FROM team t JOIN service_area a ON a.id = t.service_area_id JOIN team_name n ON n.team_id = t.id
                """ + where + " ORDER BY a.name_key, t.id, n.valid_from")
                .params(params)
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    if (!names.containsKey(id)) {
                        rows.add(new Object[] {id, rs.getLong("service_area_id"), rs.getString("area_name"),
                            rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                            rs.getInt("version")});
                    }
                    names.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Team.TeamName(rs.getString("name"), rs.getObject("valid_from", LocalDate.class)));
                });
        return rows.stream().map(r -> new Team((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3],
                (LocalDate) r[4], names.get((Long) r[0]), (Integer) r[5])).toList();
    }

    // --- issue categories

    List<IssueCategory> issueCategories() {
        return jdbc.sql("SELECT * FROM issue_category ORDER BY name_key").query(OrganisationRepository::issueCategory).list();
    }

    Optional<IssueCategory> issueCategory(long id) {
        return jdbc.sql("SELECT * FROM issue_category WHERE id = :id").param("id", id)
                .query(OrganisationRepository::issueCategory).optional();
    }

    Optional<IssueCategory> issueCategoryNamed(String name) {
        return jdbc.sql("SELECT * FROM issue_category WHERE name_key = :key").param("key", Names.key(name))
                .query(OrganisationRepository::issueCategory).optional();
    }

    long insertIssueCategory(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO issue_category (name, name_key) VALUES (:name, :key)")
                .param("name", Names.tidy(name)).param("key", Names.key(name)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateIssueCategory(long id, int version, String name, boolean active) {
        return jdbc.sql("""
                UPDATE issue_category SET name = :name, name_key = :key, active = :active, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", Names.tidy(name)).param("key", Names.key(name)).param("active", active)
                .param("id", id).param("version", version).update() == 1;
    }

    private static ServiceArea serviceArea(ResultSet rs, int row) throws SQLException {
        return new ServiceArea(rs.getLong("id"), rs.getString("name"), rs.getObject("closed_on", LocalDate.class),
                rs.getInt("version"));
    }

    private static IssueCategory issueCategory(ResultSet rs, int row) throws SQLException {
        return new IssueCategory(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
