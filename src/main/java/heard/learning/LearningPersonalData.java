package heard.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import heard.NameInText;
import heard.casework.CaseworkPersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the learning register offers a retention schedule and subject access requests (UK GDPR Art 15 and 17):
 * the lessons, actions and Ombudsman remedies drawn from a record, those whose free texts name a person, and
 * erasing their personal data with the record's.
 *
 * <p>Their free texts (what went wrong, what the action is, its evidence, why it was dropped, what the
 * Ombudsman asked for and the evidence of compliance) may name the people of the case. Erasing puts
 * {@link CaseworkPersonalData#ERASED} in them for the entries drawn from this record alone: a lesson or action
 * drawn from several cases is the council's learning from all of them, and keeps its words. What the figures
 * count stays: themes, teams, dates, status, the remedy's kind and amount; so do the owner's name (the member of
 * staff who acted) and the action's words for the public report (you said; we did), written to be published
 * without names.
 */
@Service
@Transactional
public class LearningPersonalData {

    /** One text of an entry: {@code name} is stable ({@code lesson.whatWentWrong}), {@code value} as held. */
    public record Text(String name, String value) {
    }

    /**
     * A lesson, action or remedy drawn from a record, as a subject access bundle shows it.
     *
     * @param kind      {@code lesson}, {@code action} or {@code remedy}
     * @param on        when it was recorded, agreed or decided
     * @param drawnFrom the references of the records it was drawn from: a lesson's cases, the case answer an
     *                  action came from and the cases it was raised from, the record of a remedy's decision
     * @param facts     what it is without free text (theme, status, the remedy's kind and amount)
     * @param texts     its free texts still held, in order
     */
    public record Entry(String kind, long id, LocalDate on, List<String> drawnFrom, List<Text> facts, List<Text> texts) {

        public Entry {
            drawnFrom = List.copyOf(drawnFrom);
            facts = List.copyOf(facts);
            texts = List.copyOf(texts);
        }
    }

    private final JdbcClient jdbc;

    LearningPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lessons, actions and Ombudsman remedies drawn from the record (alone or with others), oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> about(String reference) {
        return entries("l.id IN (SELECT lesson_id FROM learning_lesson_case WHERE reference = :ref)",
                "a.source_reference = :ref OR a.id IN (SELECT action_id FROM learning_action_case WHERE reference = :ref)",
                "r.reference = :ref", Map.of("ref", reference));
    }

    /**
     * The lessons, actions and Ombudsman remedies any of whose free texts contain the full name as whole words
     * ({@link NameInText}), whatever they were drawn from, oldest first. The caller gives a full name: a first
     * name alone would find everyone who shares it.
     */
    @Transactional(readOnly = true)
    public List<Entry> naming(String fullName) {
        NameInText name = new NameInText(fullName);
        return entries(NameInText.sqlMatching("l.what_went_wrong"),
                        NameInText.sqlMatching("a.what", "a.evidence", "a.dropped_reason"),
                        NameInText.sqlMatching("r.description", "r.evidence"),
                        Map.of(NameInText.PARAMETER, name.likePattern()))
                .stream().filter(e -> e.texts().stream().anyMatch(t -> name.isIn(t.value()))).toList();
    }

    /** The entries each of whose kind matches its condition on the parameters. */
    private List<Entry> entries(String lessons, String actions, String remedies, Map<String, ?> parameters) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT l.id, l.recorded_on, l.what_went_wrong, t.name AS theme FROM learning_lesson l
                JOIN learning_theme t ON t.id = l.theme_id
                WHERE %s
                ORDER BY l.recorded_on, l.id""".formatted(lessons))
                .params(parameters)
                .query(rs -> {
                    long id = rs.getLong("id");
                    entries.add(new Entry("lesson", id, rs.getObject("recorded_on", LocalDate.class),
                            lessonCases(id),
                            facts("lesson.theme", rs.getString("theme")),
                            texts("lesson.whatWentWrong", rs.getString("what_went_wrong"))));
                });
        jdbc.sql("""
                SELECT a.id, a.agreed_on, a.status, a.what, a.evidence, a.dropped_reason, a.source_reference
                FROM learning_action a
                WHERE %s
                ORDER BY a.agreed_on, a.id""".formatted(actions))
                .params(parameters)
                .query(rs -> {
                    long id = rs.getLong("id");
                    entries.add(new Entry("action", id, rs.getObject("agreed_on", LocalDate.class),
                            actionCases(id, rs.getString("source_reference")),
                            facts("action.status", rs.getString("status").toLowerCase(java.util.Locale.ROOT)),
                            texts("action.what", rs.getString("what"), "action.evidence", rs.getString("evidence"),
                                    "action.droppedReason", rs.getString("dropped_reason"))));
                });
        jdbc.sql("""
                SELECT r.id, r.reference, r.decided_on, r.remedy_type, r.amount, r.complied_on, r.description, r.evidence
                FROM learning_remedy r
                WHERE %s
                ORDER BY r.decided_on, r.id""".formatted(remedies))
                .params(parameters)
                .query(rs -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    LocalDate complied = rs.getObject("complied_on", LocalDate.class);
                    entries.add(new Entry("remedy", rs.getLong("id"), rs.getObject("decided_on", LocalDate.class),
                            List.of(rs.getString("reference")),
                            facts("remedy.kind", rs.getString("remedy_type").toLowerCase(java.util.Locale.ROOT),
                                    "remedy.amount", amount == null ? null : amount.toPlainString(),
                                    "remedy.compliedOn", complied == null ? null : complied.toString()),
                            texts("remedy.description", rs.getString("description"), "remedy.evidence",
                                    rs.getString("evidence"))));
                });
        return entries;
    }

    private List<String> lessonCases(long lessonId) {
        return jdbc.sql("SELECT reference FROM learning_lesson_case WHERE lesson_id = :id ORDER BY reference")
                .param("id", lessonId).query(String.class).list();
    }

    /** The answer it came from, if any, then the cases it was raised from (as {@link #about} finds it). */
    private List<String> actionCases(long actionId, String sourceReference) {
        java.util.Set<String> cases = new java.util.LinkedHashSet<>();
        if (sourceReference != null) {
            cases.add(sourceReference);
        }
        cases.addAll(jdbc.sql("SELECT reference FROM learning_action_case WHERE action_id = :id ORDER BY position, reference")
                .param("id", actionId).query(String.class).list());
        return List.copyOf(cases);
    }

    /**
     * Erases the free texts of the lessons, actions and remedies drawn from this record alone, as the class
     * comment says, in the caller's transaction (which erases the record's own personal data).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erasePersonalData(String reference) {
        // Lessons drawn from this record and no other.
        String lessonsOfThisAlone = """
                SELECT lc.lesson_id FROM learning_lesson_case lc WHERE lc.reference = :ref
                  AND NOT EXISTS (SELECT 1 FROM learning_lesson_case o WHERE o.lesson_id = lc.lesson_id AND o.reference <> :ref)""";
        jdbc.sql("UPDATE learning_lesson SET what_went_wrong = :erased, version = version + 1 WHERE id IN ("
                        + lessonsOfThisAlone + ") AND what_went_wrong <> :erased")
                .param("ref", reference).param("erased", CaseworkPersonalData.ERASED).update();
        // Actions from this record (its answer, a link, or a lesson of it alone), linked to no other record.
        jdbc.sql("""
                UPDATE learning_action SET what = :erased, evidence = %s, dropped_reason = %s, version = version + 1
                WHERE (source_reference = :ref
                       OR id IN (SELECT action_id FROM learning_action_case WHERE reference = :ref)
                       OR lesson_id IN (%s))
                  AND NOT EXISTS (SELECT 1 FROM learning_action_case o WHERE o.action_id = learning_action.id
                                  AND o.reference <> :ref)
                  AND (lesson_id IS NULL OR lesson_id IN (%s))
                  AND what <> :erased""".formatted(erased("evidence"), erased("dropped_reason"), lessonsOfThisAlone,
                        lessonsOfThisAlone))
                .param("ref", reference).param("erased", CaseworkPersonalData.ERASED).update();
        jdbc.sql("UPDATE learning_remedy SET description = %s, evidence = %s, version = version + 1 WHERE reference = :ref"
                        .formatted(erased("description"), erased("evidence")))
                .param("ref", reference).param("erased", CaseworkPersonalData.ERASED).update();
    }

    /** Keeps an empty column empty, so that an erased entry still shows which texts it had. */
    private static String erased(String column) {
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE :erased END";
    }

    private static List<Text> facts(String... namesAndValues) {
        List<Text> facts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                facts.add(new Text(namesAndValues[i], namesAndValues[i + 1]));
            }
        }
        return facts;
    }

    /** The texts held: not those empty or erased. */
    private static List<Text> texts(String... namesAndValues) {
        return facts(namesAndValues).stream().filter(t -> !t.value().equals(CaseworkPersonalData.ERASED)).toList();
    }
}
