package heard.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import heard.casework.CaseworkPersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the learning register offers a retention schedule and subject access requests (UK GDPR Art 15 and 17):
 * the lessons, actions and Ombudsman remedies drawn from a record, and erasing their personal data with the
 * record's.
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
     * @param kind   {@code lesson}, {@code action} or {@code remedy}
     * @param on     when it was recorded, agreed or decided
     * @param facts  what it is without free text (theme, status, the remedy's kind and amount)
     * @param texts  its free texts still held, in order
     */
    public record Entry(String kind, long id, LocalDate on, List<Text> facts, List<Text> texts) {

        public Entry {
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
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT l.id, l.recorded_on, l.what_went_wrong, t.name AS theme FROM learning_lesson l
                JOIN learning_theme t ON t.id = l.theme_id
                WHERE l.id IN (SELECT lesson_id FROM learning_lesson_case WHERE reference = :ref)
                ORDER BY l.recorded_on, l.id""")
                .param("ref", reference)
                .query(rs -> {
                    entries.add(new Entry("lesson", rs.getLong("id"), rs.getObject("recorded_on", LocalDate.class),
                            facts("lesson.theme", rs.getString("theme")),
                            texts("lesson.whatWentWrong", rs.getString("what_went_wrong"))));
                });
        jdbc.sql("""
                SELECT a.id, a.agreed_on, a.status, a.what, a.evidence, a.dropped_reason FROM learning_action a
                WHERE a.source_reference = :ref OR a.id IN (SELECT action_id FROM learning_action_case WHERE reference = :ref)
                ORDER BY a.agreed_on, a.id""")
                .param("ref", reference)
                .query(rs -> {
                    entries.add(new Entry("action", rs.getLong("id"), rs.getObject("agreed_on", LocalDate.class),
                            facts("action.status", rs.getString("status").toLowerCase(java.util.Locale.ROOT)),
                            texts("action.what", rs.getString("what"), "action.evidence", rs.getString("evidence"),
                                    "action.droppedReason", rs.getString("dropped_reason"))));
                });
        jdbc.sql("""
                SELECT id, decided_on, remedy_type, amount, complied_on, description, evidence FROM learning_remedy
                WHERE reference = :ref ORDER BY decided_on, id""")
                .param("ref", reference)
                .query(rs -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    LocalDate complied = rs.getObject("complied_on", LocalDate.class);
                    entries.add(new Entry("remedy", rs.getLong("id"), rs.getObject("decided_on", LocalDate.class),
                            facts("remedy.kind", rs.getString("remedy_type").toLowerCase(java.util.Locale.ROOT),
                                    "remedy.amount", amount == null ? null : amount.toPlainString(),
                                    "remedy.compliedOn", complied == null ? null : complied.toString()),
                            texts("remedy.description", rs.getString("description"), "remedy.evidence",
                                    rs.getString("evidence"))));
                });
        return entries;
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
