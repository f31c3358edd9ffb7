package heard.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines open cases must still meet, for the jobs that remind staff of them: every one of each case (its
 * acknowledgement, its stage's response or extended response, the Stage 2 statement's agreement, the panel, the
 * panel's report, the authority's response), not only the earliest. Read in one query on the table kept of them
 * whenever a case is saved (indexed by due date), so that a day's reminders over a hundred thousand open cases
 * are found at once. A case whose clock is paused, or that is closed, has none.
 */
@Service
@Transactional(readOnly = true)
public class CurrentDeadlines {

    private final JdbcClient jdbc;

    CurrentDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One open deadline of a case.
     *
     * @param stage       the stage it belongs to
     * @param extended    true for a stage response whose date was extended with the complainant's agreement
     * @param responderId the member of staff who must meet it (the stage's responder, or Stage 2's Investigating
     *                    Officer), if one is named; null for an acknowledgement, which is the complaints team's
     */
    public record Due(CaseReference reference, ProcedureKind procedure, CaseDeadline.Kind kind, int stage,
                      LocalDate due, boolean extended, Long responderId) {
    }

    /** Every open deadline of every open case due on or before {@code dueBy}, overdue ones included, earliest first. */
    public List<Due> dueBy(LocalDate dueBy) {
        return jdbc.sql("""
                SELECT c.reference, c.procedure_kind, d.kind, d.stage, d.due_on, d.extended, d.owner_id
                FROM complaint_open_deadline d
                JOIN complaint c ON c.id = d.complaint_id
                WHERE d.due_on <= :dueBy AND c.status = 'OPEN'
                ORDER BY d.due_on, d.complaint_id, d.stage, d.kind""")
                .param("dueBy", dueBy)
                .query((rs, n) -> {
                    String procedure = rs.getString("procedure_kind");
                    return new Due(new CaseReference(rs.getString("reference")),
                            procedure == null ? null : ProcedureKind.valueOf(procedure),
                            CaseDeadline.Kind.valueOf(rs.getString("kind")), rs.getInt("stage"),
                            rs.getObject("due_on", LocalDate.class), rs.getBoolean("extended"),
                            rs.getObject("owner_id", Long.class));
                })
                .list();
    }
}
