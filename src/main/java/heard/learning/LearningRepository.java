package heard.learning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import heard.casework.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The register's tables; casework's actions are read from the view casework publishes, never its tables. */
@Repository
class LearningRepository {

    private static final String ACTION_COLUMNS = """
            a.id, a.what, a.origin, a.lesson_id, a.owner_id, a.owner_name, a.service_area_id, a.team_id, a.status,
            a.agreed_on, a.due_on, a.started_on, a.completed_on, a.evidence, a.dropped_on, a.dropped_reason, a.you_said,
            a.we_did, a.source_reference, a.source_stage, a.version""";

    private final JdbcClient jdbc;

    LearningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ themes

    List<Theme> themes() {
        return jdbc.sql("SELECT * FROM learning_theme ORDER BY name_key").query(LearningRepository::theme).list();
    }

    Optional<Theme> theme(long id) {
        return jdbc.sql("SELECT * FROM learning_theme WHERE id = :id").param("id", id).query(LearningRepository::theme)
                .optional();
    }

    boolean themeNameTaken(String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM learning_theme WHERE name_key = :key AND (CAST(:except AS BIGINT) IS NULL OR id <> :except)")
                .param("key", key(name)).param("except", except).query(Long.class).single() > 0;
    }

    long insertTheme(String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO learning_theme (name, name_key) VALUES (:name, :key)").param("name", name)
                .param("key", key(name)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateTheme(long id, String name, boolean retired, int version) {
        return jdbc.sql("""
                UPDATE learning_theme SET name = :name, name_key = :key, retired = :retired, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", name).param("key", key(name)).param("retired", retired).param("id", id)
                .param("version", version).update() == 1;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Theme theme(ResultSet rs, int row) throws SQLException {
        return new Theme(rs.getLong("id"), rs.getString("name"), rs.getBoolean("retired"), rs.getInt("version"));
    }

    /** The themes a case was tagged with directly. */
    List<Long> caseThemes(String reference) {
        return jdbc.sql("SELECT theme_id FROM learning_case_theme WHERE reference = :ref ORDER BY theme_id")
                .param("ref", reference).query(Long.class).list();
    }

    void tagCase(String reference, List<Long> themeIds) {
        jdbc.sql("DELETE FROM learning_case_theme WHERE reference = :ref").param("ref", reference).update();
        for (Long theme : themeIds) {
            jdbc.sql("INSERT INTO learning_case_theme (reference, theme_id) VALUES (:ref, :theme)")
                    .param("ref", reference).param("theme", theme).update();
        }
    }

    /** How many cases received in a period carry each theme, directly or through a lesson, most first. */
    Map<String, Long> themeCounts(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.theme, COUNT(DISTINCT t.reference) AS cases
                FROM learning_case_theme_view t JOIN casework_case_view c ON c.reference = t.reference
                WHERE c.received_on BETWEEN :from AND :to
                GROUP BY t.theme ORDER BY cases DESC, t.theme""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    counts.put(rs.getString("theme"), rs.getLong("cases"));
                });
        return counts;
    }

    // ------------------------------------------------------------------ lessons

    long insertLesson(Lesson lesson) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_lesson (what_went_wrong, theme_id, service_area_id, team_id, recorded_on, recorded_by)
                VALUES (:what, :theme, :area, :team, :on, :by)""")
                .param("what", lesson.whatWentWrong()).param("theme", lesson.themeId())
                .param("area", lesson.serviceAreaId()).param("team", lesson.teamId())
                .param("on", lesson.recordedOn()).param("by", lesson.recordedBy()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String reference : lesson.cases()) {
            jdbc.sql("INSERT INTO learning_lesson_case (lesson_id, reference) VALUES (:id, :ref)")
                    .param("id", id).param("ref", reference).update();
        }
        return id;
    }

    /** Rewrites a lesson and its cases if it is still at its version; false if someone changed it meanwhile. */
    boolean updateLesson(Lesson lesson) {
        if (jdbc.sql("""
                UPDATE learning_lesson SET what_went_wrong = :what, theme_id = :theme, service_area_id = :area,
                       team_id = :team, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("what", lesson.whatWentWrong()).param("theme", lesson.themeId())
                .param("area", lesson.serviceAreaId()).param("team", lesson.teamId())
                .param("id", lesson.id()).param("version", lesson.version()).update() != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM learning_lesson_case WHERE lesson_id = :id").param("id", lesson.id()).update();
        for (String reference : lesson.cases()) {
            jdbc.sql("INSERT INTO learning_lesson_case (lesson_id, reference) VALUES (:id, :ref)")
                    .param("id", lesson.id()).param("ref", reference).update();
        }
        return true;
    }

    Optional<Lesson> lesson(long id) {
        return lessons("l.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<Lesson> lessons(Long teamId, Long themeId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (teamId != null) {
            where.append(" AND l.team_id = :team");
            params.put("team", teamId);
        }
        if (themeId != null) {
            where.append(" AND l.theme_id = :theme");
            params.put("theme", themeId);
        }
        return lessons(where.toString(), params);
    }

    List<Lesson> lessonsOfCase(String reference) {
        return lessons("l.id IN (SELECT lesson_id FROM learning_lesson_case WHERE reference = :ref)", Map.of("ref", reference));
    }

    private List<Lesson> lessons(String where, Map<String, ?> params) {
        Map<Long, List<String>> cases = new HashMap<>();
        jdbc.sql("SELECT lc.lesson_id, lc.reference FROM learning_lesson_case lc JOIN learning_lesson l ON l.id = lc.lesson_id"
                        + " WHERE " + where + " ORDER BY lc.reference")
                .params(params).query(rs -> {
                    cases.computeIfAbsent(rs.getLong("lesson_id"), k -> new ArrayList<>()).add(rs.getString("reference"));
                });
        return jdbc.sql("SELECT * FROM learning_lesson l WHERE " + where + " ORDER BY l.recorded_on DESC, l.id DESC")
                .params(params)
                .query((rs, row) -> new Lesson(rs.getLong("id"), rs.getString("what_went_wrong"), rs.getLong("theme_id"),
                        (Long) rs.getObject("service_area_id", Long.class), rs.getObject("team_id", Long.class),
                        cases.getOrDefault(rs.getLong("id"), List.of()), rs.getObject("recorded_on", LocalDate.class),
                        rs.getString("recorded_by"), rs.getInt("version")))
                .list();
    }

    // ------------------------------------------------------------------ actions

    /**
     * Takes up into the register each action a stage's answer recorded that it does not hold yet (of one case, or of
     * every case when {@code reference} is null), agreed on the day of that answer. Each is taken up once: the
     * register keys it by its case, stage and place in the answer.
     */
    int adoptCaseActions(String reference, Instant now) {
        int adopted = jdbc.sql("""
                INSERT INTO learning_action (what, origin, service_area_id, team_id, status, agreed_on, source_reference,
                                             source_stage, source_position, updated_at)
                SELECT a.text, 'CASE_ANSWER', c.service_area_id, c.team_id, 'AGREED',
                       COALESCE(a.responded_on, c.received_on), c.reference, a.stage, a.position, :now
                FROM casework_action_view a
                JOIN casework_case_view c ON c.case_id = a.case_id
                WHERE (CAST(:ref AS VARCHAR(50)) IS NULL OR c.reference = :ref)
                  AND NOT EXISTS (SELECT 1 FROM learning_action x WHERE x.source_reference = c.reference
                                  AND x.source_stage = a.stage AND x.source_position = a.position)""")
                .param("ref", reference).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        if (adopted > 0) {
            jdbc.sql("""
                    INSERT INTO learning_action_case (action_id, reference, position)
                    SELECT a.id, a.source_reference, 0 FROM learning_action a
                    WHERE a.origin = 'CASE_ANSWER'
                      AND NOT EXISTS (SELECT 1 FROM learning_action_case x WHERE x.action_id = a.id)""").update();
        }
        return adopted;
    }

    long insertAction(Action action, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_action (what, origin, lesson_id, owner_id, owner_name, service_area_id, team_id,
                                             status, agreed_on, due_on, updated_at)
                VALUES (:what, :origin, :lesson, :owner, :ownerName, :area, :team, :status, :agreed, :due, :now)""")
                .param("what", action.what()).param("origin", action.origin().name()).param("lesson", action.lessonId())
                .param("owner", action.owner() == null ? null : action.owner().id())
                .param("ownerName", action.owner() == null ? null : action.owner().name())
                .param("area", action.serviceAreaId()).param("team", action.teamId())
                .param("status", action.status().name()).param("agreed", action.agreedOn()).param("due", action.dueOn())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < action.cases().size(); i++) {
            jdbc.sql("INSERT INTO learning_action_case (action_id, reference, position) VALUES (:id, :ref, :pos)")
                    .param("id", id).param("ref", action.cases().get(i)).param("pos", i).update();
        }
        return id;
    }

    /** Saves an action's progress, if it is still at the version read. */
    boolean updateAction(Action a, Instant now) {
        return jdbc.sql("""
                UPDATE learning_action SET owner_id = :owner, owner_name = :ownerName, due_on = :due, status = :status,
                       started_on = :started, completed_on = :completed, evidence = :evidence, dropped_on = :dropped,
                       dropped_reason = :reason, you_said = :said, we_did = :did, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("owner", a.owner() == null ? null : a.owner().id())
                .param("ownerName", a.owner() == null ? null : a.owner().name()).param("due", a.dueOn())
                .param("status", a.status().name()).param("started", a.startedOn()).param("completed", a.completedOn())
                .param("evidence", a.evidence()).param("dropped", a.droppedOn()).param("reason", a.droppedReason())
                .param("said", a.youSaid()).param("did", a.weDid())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", a.id())
                .param("version", a.version()).update() == 1;
    }

    Optional<Action> action(long id) {
        return actions("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The register's actions, those due soonest first and those with no due date after them. */
    List<Action> actions(RegisterQuery query, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (query.teamId() != null) {
            where.append(" AND a.team_id = :team");
            params.put("team", query.teamId());
        }
        if (query.themeId() != null) {
            where.append(" AND a.lesson_id IN (SELECT id FROM learning_lesson WHERE theme_id = :theme)");
            params.put("theme", query.themeId());
        }
        if (query.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.overdue()) {
            where.append(" AND a.status IN ('AGREED', 'IN_PROGRESS') AND a.due_on < :today");
            params.put("today", today);
        }
        return actions(where.toString(), params);
    }

    List<Action> actionsOfCase(String reference) {
        return actions("a.id IN (SELECT action_id FROM learning_action_case WHERE reference = :ref)", Map.of("ref", reference));
    }

    List<Action> actionsOfLesson(long lessonId) {
        return actions("a.lesson_id = :lesson", Map.of("lesson", lessonId));
    }

    /** Open actions with a due date on or before a day. */
    List<Action> openActionsDueBy(LocalDate day) {
        return actions("a.status IN ('AGREED', 'IN_PROGRESS') AND a.due_on <= :day", Map.of("day", day));
    }

    private List<Action> actions(String where, Map<String, ?> params) {
        Map<Long, List<String>> cases = new HashMap<>();
        jdbc.sql("SELECT ac.action_id, ac.reference FROM learning_action_case ac JOIN learning_action a ON a.id = ac.action_id"
                        + " WHERE " + where + " ORDER BY ac.action_id, ac.position")
                .params(params).query(rs -> {
                    cases.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>()).add(rs.getString("reference"));
                });
        return jdbc.sql("SELECT " + ACTION_COLUMNS + " FROM learning_action a WHERE " + where
                        + " ORDER BY CASE WHEN a.due_on IS NULL THEN 1 ELSE 0 END, a.due_on, a.id")
                .params(params).query((rs, row) -> action(rs, cases.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private static Action action(ResultSet rs, List<String> cases) throws SQLException {
        Long ownerId = rs.getObject("owner_id", Long.class);
        return new Action(rs.getLong("id"), rs.getString("what"), ActionOrigin.valueOf(rs.getString("origin")),
                rs.getObject("lesson_id", Long.class), cases, rs.getObject("agreed_on", LocalDate.class),
                rs.getObject("service_area_id", Long.class), rs.getObject("team_id", Long.class),
                rs.getString("source_reference"), rs.getObject("source_stage", Integer.class), rs.getInt("version"),
                ownerId == null ? null : new Owner(ownerId, rs.getString("owner_name")),
                rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getString("evidence"), rs.getObject("dropped_on", LocalDate.class), rs.getString("dropped_reason"),
                rs.getString("you_said"), rs.getString("we_did"));
    }

    // ------------------------------------------------------------------ the Ombudsman's remedies

    long insertRemedy(OmbudsmanRemedy r, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_remedy (reference, remedy_type, amount, description, decided_on, due_on, updated_at)
                VALUES (:ref, :kind, :amount, :description, :decided, :due, :now)""")
                .param("ref", r.reference()).param("kind", r.kind().name()).param("amount", r.pounds())
                .param("description", r.description()).param("decided", r.decidedOn()).param("due", r.dueOn())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateRemedy(OmbudsmanRemedy r, Instant now) {
        return jdbc.sql("""
                UPDATE learning_remedy SET remedy_type = :kind, amount = :amount, description = :description,
                       due_on = :due, complied_on = :complied, evidence = :evidence, updated_at = :now,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("kind", r.kind().name()).param("amount", r.pounds()).param("description", r.description())
                .param("due", r.dueOn()).param("complied", r.compliedOn()).param("evidence", r.evidence())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", r.id())
                .param("version", r.version()).update() == 1;
    }

    Optional<OmbudsmanRemedy> remedy(long id) {
        return jdbc.sql("SELECT * FROM learning_remedy WHERE id = :id").param("id", id)
                .query(LearningRepository::remedy).optional();
    }

    List<OmbudsmanRemedy> remediesOf(String reference) {
        return jdbc.sql("SELECT * FROM learning_remedy WHERE reference = :ref ORDER BY due_on, id").param("ref", reference)
                .query(LearningRepository::remedy).list();
    }

    List<OmbudsmanRemedy> remedies(boolean overdue, LocalDate today) {
        return jdbc.sql("SELECT * FROM learning_remedy" + (overdue ? " WHERE complied_on IS NULL AND due_on < :today" : "")
                        + " ORDER BY due_on, reference, id")
                .params(overdue ? Map.of("today", today) : Map.of()).query(LearningRepository::remedy).list();
    }

    /** Remedies not yet carried out, due on or before a day. */
    List<OmbudsmanRemedy> openRemediesDueBy(LocalDate day) {
        return jdbc.sql("SELECT * FROM learning_remedy WHERE complied_on IS NULL AND due_on <= :day ORDER BY due_on, id")
                .param("day", day).query(LearningRepository::remedy).list();
    }

    private static OmbudsmanRemedy remedy(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new OmbudsmanRemedy(rs.getLong("id"), rs.getString("reference"), RemedyKind.valueOf(rs.getString("remedy_type")),
                amount == null ? null : new Money(amount), rs.getString("description"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("complied_on", LocalDate.class), rs.getString("evidence"), rs.getInt("version"));
    }
}
