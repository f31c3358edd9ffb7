package heard.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline each open case must meet next, for the jobs that remind staff of them. Read in one query on
 * the columns kept for the case list when each case is saved (indexed by status and due date), so that a
 * day's reminders over a hundred thousand open cases are found at once. A case whose clock is paused, or
 * that is closed, has none.
 */
@Service
@Transactional(readOnly = true)
public class CurrentDeadlines {

    private final JdbcClient jdbc;

    CurrentDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A case's current deadline.
     *
     * @param extended    true for a stage response whose date was extended with the complainant's agreement
     * @param responderId the member of staff the stage is allocated to, if it is
     */
    public record Due(CaseReference reference, ProcedureKind procedure, CaseDeadline.Kind kind, int stage,
                      LocalDate due, boolean extended, Long responderId) {
    }

    /** Every open case's current deadline due on or before {@code dueBy}, overdue ones included. */
    public List<Due> dueBy(LocalDate dueBy) {
        return jdbc.sql("""
                SELECT c.reference, c.procedure_kind, c.current_deadline, c.current_stage, c.current_due_on,
                       c.current_responder_id, s.extended_to
                FROM complaint c
                LEFT JOIN complaint_stage s ON s.complaint_id = c.id AND s.number = c.current_stage
                WHERE c.status = 'OPEN' AND c.current_due_on <= :dueBy
                ORDER BY c.current_due_on, c.id""")
                .param("dueBy", dueBy)
                .query((rs, n) -> {
                    CaseDeadline.Kind kind = CaseDeadline.Kind.valueOf(rs.getString("current_deadline"));
                    String procedure = rs.getString("procedure_kind");
                    return new Due(new CaseReference(rs.getString("reference")),
                            procedure == null ? null : ProcedureKind.valueOf(procedure), kind,
                            rs.getObject("current_stage", Integer.class) == null ? 0 : rs.getInt("current_stage"),
                            rs.getObject("current_due_on", LocalDate.class),
                            kind == CaseDeadline.Kind.RESPONSE && rs.getObject("extended_to") != null,
                            rs.getObject("current_responder_id", Long.class));
                })
                .list();
    }
}
