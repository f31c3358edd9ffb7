package heard.feedback;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Ethnicity;
import heard.casework.Money;
import heard.casework.ProcedureKind;
import heard.casework.RemedyType;
import heard.casework.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    /** A record as stored: its row id and version beside it. */
    record Stored(long id, int version, FeedbackRecord record, String importedFrom) {
    }

    private static final String COLUMNS = """
            reference, record_type, procedure_kind, received_on, channel, complainant_role, from_name, from_contact,
            service_area_id, team_id, summary, child_sex, child_ethnicity_code, child_ethnicity_text, child_age, advocacy,
            responded_on, withdrawn_on, remedies, remedy_payment, cost_investigating_officer, cost_independent_person,
            cost_review_panel, cost_mediation, quotable, imported_from, updated_at""";
    private static final int COLUMN_COUNT = 27;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FeedbackRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Stored> find(String reference) {
        return findAll(List.of(reference)).stream().findFirst();
    }

    List<Stored> findAll(List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        Map<Long, Stored> rows = new LinkedHashMap<>();
        for (int from = 0; from < references.size(); from += 1000) {
            jdbc.sql("SELECT * FROM feedback WHERE reference IN (:refs) ORDER BY received_on, id")
                    .param("refs", references.subList(from, Math.min(references.size(), from + 1000)))
                    .query((ResultSet rs) -> {
                        rows.put(rs.getLong("id"), stored(rs));
                    });
        }
        return withIssues(rows);
    }

    List<Stored> receivedBetween(LocalDate from, LocalDate to, FeedbackType type, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM feedback WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND received_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND received_on <= :to");
            params.put("to", to);
        }
        if (type != null) {
            sql.append(" AND record_type = :type");
            params.put("type", type.name());
        }
        sql.append(" ORDER BY received_on DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        Map<Long, Stored> rows = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            rows.put(rs.getLong("id"), stored(rs));
        });
        return withIssues(rows);
    }

    long count(FeedbackType type) {
        return type == null
                ? jdbc.sql("SELECT COUNT(*) FROM feedback").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM feedback WHERE record_type = :type").param("type", type.name())
                        .query(Long.class).single();
    }

    long insert(FeedbackRecord record, String importedFrom, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO feedback (" + COLUMNS
                    + ", created_at) VALUES (" + "?, ".repeat(COLUMN_COUNT) + "?)", new String[] {"id"});
            int i = bind(ps, record, importedFrom, now);
            ps.setObject(i, utc(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        insertIssues(id, record.issueIds());
        return id;
    }

    /**
     * Inserts many records with batched statements, their ids read back from the batch: the case log
     * import's path, where a statement per record would cost a round trip per record.
     */
    void insertAll(List<FeedbackRecord> records, String importedFrom, Instant now) {
        if (records.isEmpty()) {
            return;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement("INSERT INTO feedback (" + COLUMNS
                        + ", created_at) VALUES (" + "?, ".repeat(COLUMN_COUNT) + "?)", new String[] {"id"}),
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int n) throws SQLException {
                        int i = bind(ps, records.get(n), importedFrom, now);
                        ps.setObject(i, utc(now));
                    }

                    @Override
                    public int getBatchSize() {
                        return records.size();
                    }
                }, keys);
        List<Object[]> issues = new ArrayList<>();
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int n = 0; n < records.size(); n++) {
            long id = ((Number) ids.get(n).values().iterator().next()).longValue();
            records.get(n).issueIds().forEach(issue -> issues.add(new Object[] {id, issue}));
        }
        template.batchUpdate("INSERT INTO feedback_issue (feedback_id, issue_category_id) VALUES (?, ?)", issues);
    }

    /** Saves a changed record; false when it changed since {@code version} was read. */
    boolean update(long id, int version, FeedbackRecord record, String importedFrom, Instant now) {
        String set = String.join(" = ?, ", COLUMNS.replace("\n", " ").split(",\\s*")).trim() + " = ?";
        int rows = template.update("UPDATE feedback SET " + set + ", version = version + 1 WHERE id = ? AND version = ?",
                ps -> {
                    int i = bind(ps, record, importedFrom, now);
                    ps.setLong(i++, id);
                    ps.setInt(i, version);
                });
        if (rows == 1) {
            jdbc.sql("DELETE FROM feedback_issue WHERE feedback_id = :id").param("id", id).update();
            insertIssues(id, record.issueIds());
        }
        return rows == 1;
    }

    private void insertIssues(long id, List<Long> issueIds) {
        template.batchUpdate("INSERT INTO feedback_issue (feedback_id, issue_category_id) VALUES (?, ?)",
                issueIds.stream().map(i -> new Object[] {id, i}).toList());
    }

    private List<Stored> withIssues(Map<Long, Stored> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> issues = new HashMap<>();
        List<Long> ids = new ArrayList<>(rows.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT feedback_id, issue_category_id FROM feedback_issue WHERE feedback_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((ResultSet rs) -> {
                        issues.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return rows.values().stream().map(s -> new Stored(s.id(), s.version(), withIssues(s.record(),
                issues.getOrDefault(s.id(), List.of())), s.importedFrom())).toList();
    }

    private static FeedbackRecord withIssues(FeedbackRecord r, List<Long> issueIds) {
        return new FeedbackRecord(r.reference(), r.type(), r.receivedOn(), r.channel(), r.complainantRole(), r.fromName(),
                r.fromContact(), r.serviceAreaId(), r.teamId(), issueIds, r.summary(), r.respondedOn(), r.quotable(),
                r.procedure(), r.childSex(), r.childEthnicity(), r.childAge(), r.advocacy(), r.withdrawnOn(), r.remedies(),
                r.remedyPayment(), r.costInvestigatingOfficer(), r.costIndependentPerson(), r.costReviewPanel(),
                r.costMediation());
    }

    private static int bind(PreparedStatement ps, FeedbackRecord r, String importedFrom, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, r.reference().value());
        ps.setString(i++, r.type().name());
        ps.setString(i++, name(r.procedure()));
        ps.setObject(i++, r.receivedOn());
        ps.setString(i++, name(r.channel()));
        ps.setString(i++, name(r.complainantRole()));
        ps.setString(i++, r.fromName());
        ps.setString(i++, r.fromContact());
        setLong(ps, i++, r.serviceAreaId());
        setLong(ps, i++, r.teamId());
        ps.setString(i++, r.summary());
        ps.setString(i++, name(r.childSex()));
        ps.setString(i++, r.childEthnicity() == null || r.childEthnicity().code() == null ? null : r.childEthnicity().code().name());
        ps.setString(i++, r.childEthnicity() == null || r.childEthnicity().code() != null ? null : r.childEthnicity().description());
        if (r.childAge() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, r.childAge());
        }
        ps.setString(i++, name(r.advocacy()));
        ps.setObject(i++, r.respondedOn());
        ps.setObject(i++, r.withdrawnOn());
        ps.setString(i++, r.remedies().isEmpty() ? null : String.join(";", r.remedies().stream().map(Enum::name).toList()));
        for (Money money : Arrays.asList(r.remedyPayment(), r.costInvestigatingOfficer(), r.costIndependentPerson(),
                r.costReviewPanel(), r.costMediation())) {
            ps.setBigDecimal(i++, money == null ? null : money.pounds());
        }
        ps.setBoolean(i++, r.quotable());
        ps.setString(i++, importedFrom);
        ps.setObject(i++, utc(now));
        return i;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        String code = rs.getString("child_ethnicity_code");
        String text = rs.getString("child_ethnicity_text");
        Ethnicity ethnicity = code != null ? new Ethnicity(Ethnicity.Code.valueOf(code), null)
                : text != null ? new Ethnicity(null, text) : null;
        String remedies = rs.getString("remedies");
        FeedbackRecord record = new FeedbackRecord(new CaseReference(rs.getString("reference")),
                FeedbackType.valueOf(rs.getString("record_type")), rs.getObject("received_on", LocalDate.class),
                value(Channel.class, rs.getString("channel")), value(ComplainantRole.class, rs.getString("complainant_role")),
                rs.getString("from_name"), rs.getString("from_contact"), rs.getObject("service_area_id", Long.class),
                rs.getObject("team_id", Long.class), List.of(), rs.getString("summary"),
                rs.getObject("responded_on", LocalDate.class), rs.getBoolean("quotable"),
                value(ProcedureKind.class, rs.getString("procedure_kind")), value(Sex.class, rs.getString("child_sex")),
                ethnicity, rs.getObject("child_age", Integer.class), value(Advocacy.class, rs.getString("advocacy")),
                rs.getObject("withdrawn_on", LocalDate.class),
                remedies == null ? List.of() : Arrays.stream(remedies.split(";")).map(RemedyType::valueOf).toList(),
                money(rs, "remedy_payment"), money(rs, "cost_investigating_officer"), money(rs, "cost_independent_person"),
                money(rs, "cost_review_panel"), money(rs, "cost_mediation"));
        return new Stored(rs.getLong("id"), rs.getInt("version"), record, rs.getString("imported_from"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
