package heard.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import heard.casework.domain.CaseAccess;
import heard.security.CurrentUser;
import heard.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list: the cases the signed-in person may see, searched, filtered and sorted in the
 * database (on the columns kept for it when each case is saved), one page at a time.
 */
@Service
@Transactional(readOnly = true)
public class CaseList {

    /** Everyone whose role lets them see some cases ({@link CaseAccess} decides which): a Spring Security expression. */
    public static final String ROLES = "hasAnyRole('COMPLAINTS_OFFICER','COMPLAINTS_MANAGER','RESPONDING_MANAGER',"
            + "'SENIOR_MANAGER','CHILDRENS_RIGHTS_OFFICER','INVESTIGATOR')";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseList(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CasePage find(CaseQuery query) {
        Where where = where(query);
        long total = jdbc.sql("SELECT COUNT(*) FROM complaint c" + where.sql()).params(where.params()).query(Long.class)
                .single();
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", CaseQuery.PAGE_SIZE);
        params.put("offset", (query.page() - 1) * CaseQuery.PAGE_SIZE);
        List<CaseSummary> rows = jdbc.sql(SELECT + where.sql() + order(query) + " LIMIT :limit OFFSET :offset")
                .params(params).query(CaseList::summary).list();
        return new CasePage(rows, total, query.page(), CaseQuery.PAGE_SIZE);
    }

    /** Every case the query matches, not only a page of them, in its order, one at a time (for an export). */
    public void forEach(CaseQuery query, Consumer<CaseSummary> each) {
        Where where = where(query);
        try (Stream<CaseSummary> cases = jdbc.sql(SELECT + where.sql() + order(query)).params(where.params())
                .query(CaseList::summary).stream()) {
            cases.forEach(each);
        }
    }

    private static final String SELECT = """
            SELECT c.reference, c.procedure_kind, c.received_on, c.complainant_name, c.child_name, c.service_area_id,
                   c.team_id, c.current_stage, s.responder_name, c.current_due_on, c.current_deadline, c.status,
                   EXISTS (SELECT 1 FROM complaint_restriction r WHERE r.complaint_id = c.id) AS restricted
            FROM complaint c
            LEFT JOIN complaint_stage s ON s.complaint_id = c.id AND s.number = c.current_stage""";

    private record Where(String sql, Map<String, Object> params) {
    }

    /** What the person may see, narrowed by the query. */
    private Where where(CaseQuery query) {
        CaseAccess.Condition access = CaseAccess.condition(currentUser.require());
        Map<String, Object> params = new HashMap<>(access.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(access.sql());
        LocalDate today = LocalDate.now(clock);
        if (query.search() != null) {
            where.append(" AND c.search_text LIKE :search");
            params.put("search", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.stage() != null) {
            where.append(" AND c.current_stage = :stage");
            params.put("stage", query.stage());
        }
        if (query.serviceAreaId() != null) {
            where.append(" AND c.service_area_id = :area");
            params.put("area", query.serviceAreaId());
        }
        if (query.teamId() != null) {
            where.append(" AND c.team_id = :team");
            params.put("team", query.teamId());
        }
        if (query.responderId() != null) {
            where.append(" AND c.current_responder_id = :responder");
            params.put("responder", query.responderId());
        }
        if (query.status() != null) {
            switch (query.status()) {
                case OPEN -> where.append(" AND c.status = 'OPEN'");
                case CLOSED -> where.append(" AND c.status = 'CLOSED'");
                case OVERDUE -> {
                    where.append(" AND c.status = 'OPEN' AND c.current_due_on < :today");
                    params.put("today", today);
                }
                case DUE_THIS_WEEK -> {
                    where.append(" AND c.status = 'OPEN' AND c.current_due_on BETWEEN :today AND :sunday");
                    params.put("today", today);
                    params.put("sunday", today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
                }
                default -> throw new IllegalStateException(query.status().name());
            }
        }
        return new Where(where.toString(), params);
    }

    private static String order(CaseQuery query) {
        return query.sort() == CaseQuery.Sort.DUE
                // NULLS LAST in the index's own order, so that the database can read the status-and-due-date
                // index in order and stop after a page, rather than sort every open case.
                ? " ORDER BY c.current_due_on ASC NULLS LAST, c.id"
                : " ORDER BY c.received_on DESC, c.id DESC";
    }

    private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
        return new CaseSummary(rs.getString("reference"),
                rs.getString("procedure_kind") == null ? null : ProcedureKind.valueOf(rs.getString("procedure_kind")),
                rs.getObject("received_on", LocalDate.class), rs.getString("complainant_name"), rs.getString("child_name"),
                rs.getObject("service_area_id", Long.class), rs.getObject("team_id", Long.class),
                rs.getObject("current_stage", Integer.class), rs.getString("responder_name"),
                rs.getObject("current_due_on", LocalDate.class),
                rs.getString("current_deadline") == null ? null : CaseDeadline.Kind.valueOf(rs.getString("current_deadline")),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("restricted"));
    }

    /**
     * For a weekly digest to {@code viewer}: the cases they may see that were received on or after
     * {@code receivedFrom}, or are open with their current deadline on or before {@code dueBy} (overdue
     * ones included), soonest due first. The viewer need not be signed in: the digest is sent by a job.
     */
    public List<CaseSummary> forDigest(StaffMember viewer, LocalDate receivedFrom, LocalDate dueBy) {
        CaseAccess.Condition access = CaseAccess.condition(viewer);
        Map<String, Object> params = new HashMap<>(access.params());
        params.put("from", receivedFrom);
        params.put("dueBy", dueBy);
        return jdbc.sql(SELECT + " WHERE " + access.sql()
                        + " AND (c.received_on >= :from OR (c.status = 'OPEN' AND c.current_due_on <= :dueBy))"
                        + " ORDER BY c.current_due_on ASC NULLS LAST, c.id")
                .params(params).query(CaseList::summary).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
