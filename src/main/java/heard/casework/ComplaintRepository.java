package heard.casework;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import heard.calendar.WorkingDays;
import heard.casework.domain.Decision;
import heard.casework.domain.OutOfScopeReason;
import heard.casework.domain.Restriction;
import heard.casework.domain.RestrictionReason;
import heard.casework.domain.Suspension;
import heard.casework.domain.SuspensionReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps complaints in their tables. A save checks the version it read (optimistic locking), so a
 * change made over someone else's newer one is refused rather than overwriting it; the child rows
 * are rewritten with the root, in the caller's transaction.
 */
@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ComplaintRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * What the case list filters and sorts by, and the deadlines the reminders chase, worked out by the service
     * whenever the case is saved.
     *
     * @param open every deadline still to meet, none while the case is closed or paused
     */
    record Listing(Integer currentStage, Long currentResponderId, LocalDate currentDueOn, CaseDeadline.Kind currentDeadline,
                   List<OpenDeadline> open) {

        static final Listing NONE = new Listing(null, null, null, null, List.of());

        Listing {
            open = List.copyOf(open);
        }
    }

    /** One deadline still to meet, as kept for the reminder run: its owner is the staff member it is allocated to. */
    record OpenDeadline(CaseDeadline.Kind kind, int stage, LocalDate due, boolean extended, Long ownerId) {
    }

    /** Claims a submission of the log form; a second claim of it fails with a DuplicateKeyException. */
    void claimSubmission(UUID submission) {
        jdbc.sql("INSERT INTO complaint_submission (submission_id) VALUES (:id)").param("id", submission.toString())
                .update();
    }

    void submissionLogged(UUID submission, CaseReference reference) {
        jdbc.sql("UPDATE complaint_submission SET reference = :reference WHERE submission_id = :id")
                .param("reference", reference.value()).param("id", submission.toString()).update();
    }

    Optional<CaseReference> loggedBy(UUID submission) {
        return jdbc.sql("SELECT reference FROM complaint_submission WHERE submission_id = :id AND reference IS NOT NULL")
                .param("id", submission.toString()).query(String.class).optional().map(CaseReference::new);
    }

    Optional<Complaint> findByReference(String reference) {
        return jdbc.sql("SELECT * FROM complaint WHERE reference = :r").param("r", reference)
                .query((rs, n) -> rs.getLong("id")).optional().flatMap(this::findById);
    }

    Optional<Complaint> findById(long id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** The ids of complaints received in a period (both ends included, null for open-ended), oldest first. */
    List<Long> idsReceivedBetween(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT id FROM complaint WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND received_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND received_on <= :to");
            params.put("to", to);
        }
        return jdbc.sql(sql + " ORDER BY received_on, id").params(params).query(Long.class).list();
    }

    /** The ids of the complaints with these references. */
    Map<String, Long> idsOf(java.util.Collection<String> references) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(references);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("SELECT reference, id FROM complaint WHERE reference IN (:refs)")
                    .param("refs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((ResultSet rs) -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /** Saves a new or changed complaint; a changed one must still be at the version it was read at. */
    Complaint save(Complaint complaint, Listing listing, Instant now) {
        if (complaint.id() == null) {
            long id = insertRoot(complaint, listing, now);
            complaint.saved(id, 0);
        } else {
            int rows = template.update(UPDATE_ROOT, ps -> {
                int i = bindRoot(ps, complaint, listing, now);
                ps.setLong(i++, complaint.id());
                ps.setInt(i, complaint.version());
            });
            if (rows != 1) {
                throw Refusal.of("case.changedMeanwhile");
            }
            deleteChildren(List.of(complaint.id()));
            complaint.saved(complaint.id(), complaint.version() + 1);
        }
        insertChildren(List.of(complaint));
        insertOpenDeadlines(List.of(complaint.id()), List.of(listing));
        return complaint;
    }

    /**
     * Saves many new complaints with batched statements, the roots' ids read back from the batch: the
     * case log import's path, where a statement per case would cost a round trip per case.
     */
    void insertAll(List<Complaint> complaints, Function<Complaint, Listing> listings, Instant now) {
        if (complaints.isEmpty()) {
            return;
        }
        List<Listing> listed = complaints.stream().map(listings).toList();
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(INSERT_ROOT, new String[] {"id"}),
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int n) throws SQLException {
                        int i = bindRoot(ps, complaints.get(n), listed.get(n), now);
                        ps.setObject(i, utc(now));
                    }

                    @Override
                    public int getBatchSize() {
                        return complaints.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int n = 0; n < complaints.size(); n++) {
            complaints.get(n).saved(((Number) ids.get(n).values().iterator().next()).longValue(), 0);
        }
        insertChildren(complaints);
        insertOpenDeadlines(complaints.stream().map(Complaint::id).toList(), listed);
    }

    /** Replaces many existing complaints (an import told to update them), each at the version read. */
    void updateAll(List<Complaint> complaints, Function<Complaint, Listing> listings, Instant now) {
        for (Complaint complaint : complaints) {
            save(complaint, listings.apply(complaint), now);
        }
    }

    /** Rewrites what the list shows and the deadlines the reminders chase of many cases, in a few statements. */
    void updateListings(List<Long> ids, List<Listing> listings) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            Listing l = listings.get(n);
            rows.add(new Object[] {l.currentStage(), l.currentResponderId(), l.currentDueOn(), name(l.currentDeadline()),
                ids.get(n)});
        }
        batch("UPDATE complaint SET current_stage = ?, current_responder_id = ?, current_due_on = ?, current_deadline = ? "
                + "WHERE id = ?", rows);
        jdbc.sql("DELETE FROM complaint_open_deadline WHERE complaint_id IN (:ids)").param("ids", ids).update();
        insertOpenDeadlines(ids, listings);
    }

    List<Long> openIds() {
        return jdbc.sql("SELECT id FROM complaint WHERE status = 'OPEN'").query(Long.class).list();
    }

    /** Open cases saved before their open deadlines were kept (an upgraded installation), a batch at a time. */
    List<Long> openWithDeadlinesUnlisted(int limit) {
        return jdbc.sql("SELECT id FROM complaint WHERE deadlines_listed = FALSE AND status = 'OPEN' ORDER BY id LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    void deadlinesListed(List<Long> ids) {
        jdbc.sql("UPDATE complaint SET deadlines_listed = TRUE WHERE id IN (:ids)").param("ids", ids).update();
    }

    private void insertOpenDeadlines(List<Long> ids, List<Listing> listings) {
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            for (OpenDeadline d : listings.get(n).open()) {
                rows.add(new Object[] {ids.get(n), d.kind().name(), d.stage(), d.due(), d.extended(), d.ownerId()});
            }
        }
        batch("INSERT INTO complaint_open_deadline (complaint_id, kind, stage, due_on, extended, owner_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    // ------------------------------------------------------------------ root row

    private static final String ROOT_COLUMNS = """
            reference, record_type, procedure_kind, representation_answered_on, received_on, channel, complainant_name, complainant_address, complainant_phone,
            complainant_email, complainant_role, complainant_do_not_contact, complainant_address_restricted, child_name, child_date_of_birth, child_age, child_sex,
            child_ethnicity_code, child_ethnicity_text, child_disabled, on_childs_behalf, child_consent, advocacy,
            advocacy_provider, service_area_id, team_id, desired_outcome, summary, matter_occurred_on,
            eligibility_reasons, eligibility_by, eligibility_on, out_of_scope, late_reasons, late_by, late_on,
            withdrawn_on, withdrawal_reason, status, closed_on, imported_from, current_stage, current_responder_id,
            current_due_on, current_deadline, search_text, updated_at""";

    private static final String INSERT_ROOT = "INSERT INTO complaint (" + ROOT_COLUMNS + ", created_at, version) VALUES ("
            + "?, ".repeat(47) + "?, 0)";

    private static final String UPDATE_ROOT = "UPDATE complaint SET "
            + String.join(" = ?, ", ROOT_COLUMNS.replace("\n", " ").split(",\\s*")).trim()
            + " = ?, version = version + 1 WHERE id = ? AND version = ?";

    private long insertRoot(Complaint complaint, Listing listing, Instant now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_ROOT, new String[] {"id"});
            int i = bindRoot(ps, complaint, listing, now);
            ps.setObject(i, utc(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Binds the root's columns in {@link #ROOT_COLUMNS} order; returns the next parameter index. */
    private static int bindRoot(PreparedStatement ps, Complaint c, Listing listing, Instant now) throws SQLException {
        ComplaintDetails d = c.details();
        Child child = d.child();
        int i = 1;
        ps.setString(i++, c.reference().value());
        ps.setString(i++, c.recordType().name());
        ps.setString(i++, name(c.procedure()));
        ps.setObject(i++, c.representationAnsweredOn());
        ps.setObject(i++, d.receivedOn());
        ps.setString(i++, name(d.channel()));
        ps.setString(i++, d.complainant().name());
        ps.setString(i++, d.complainant().address());
        ps.setString(i++, d.complainant().phone());
        ps.setString(i++, d.complainant().email());
        ps.setString(i++, name(d.complainant().role()));
        ps.setBoolean(i++, d.complainant().doNotContact());
        ps.setBoolean(i++, d.complainant().addressRestricted());
        ps.setString(i++, child.name());
        ps.setObject(i++, child.dateOfBirth());
        setInt(ps, i++, child.ageOn(d.receivedOn()));
        ps.setString(i++, name(child.sex()));
        ps.setString(i++, child.ethnicity() == null || child.ethnicity().code() == null ? null : child.ethnicity().code().name());
        ps.setString(i++, child.ethnicity() == null || child.ethnicity().code() != null ? null : child.ethnicity().description());
        setBoolean(ps, i++, child.disabled());
        ps.setBoolean(i++, d.onChildsBehalf());
        ps.setString(i++, name(d.childConsent()));
        ps.setString(i++, name(d.advocacy()));
        ps.setString(i++, d.advocacyProvider());
        setLong(ps, i++, d.serviceAreaId());
        setLong(ps, i++, d.teamId());
        ps.setString(i++, d.desiredOutcome());
        ps.setString(i++, d.summary());
        ps.setObject(i++, d.matterOccurredOn());
        Decision e = c.eligibility();
        ps.setString(i++, e == null ? null : e.reasons());
        ps.setString(i++, e == null ? null : e.decidedBy());
        ps.setObject(i++, e == null ? null : e.decidedOn());
        ps.setString(i++, name(c.outOfScope()));
        Decision late = c.lateAcceptance();
        ps.setString(i++, late == null ? null : late.reasons());
        ps.setString(i++, late == null ? null : late.decidedBy());
        ps.setObject(i++, late == null ? null : late.decidedOn());
        ps.setObject(i++, c.withdrawnOn());
        ps.setString(i++, c.withdrawalReason());
        ps.setString(i++, c.status().name());
        ps.setObject(i++, c.closedOn());
        ps.setString(i++, c.importedFrom());
        setInt(ps, i++, listing.currentStage());
        setLong(ps, i++, listing.currentResponderId());
        ps.setObject(i++, listing.currentDueOn());
        ps.setString(i++, name(listing.currentDeadline()));
        ps.setString(i++, searchText(c));
        ps.setObject(i++, utc(now));
        return i;
    }

    /** Lower-case words the case list's search matches: the reference and the names. */
    static String searchText(Complaint c) {
        String text = String.join(" ", c.reference().value(),
                nonNull(c.details().complainant().name()), nonNull(c.details().child().name()));
        text = text.toLowerCase(Locale.ROOT);
        return text.length() > 700 ? text.substring(0, 700) : text;
    }

    // ------------------------------------------------------------------ child rows

    private void deleteChildren(List<Long> ids) {
        for (String table : List.of("complaint_issue", "complaint_element", "complaint_finding", "complaint_remedy",
                "complaint_action", "complaint_stage", "complaint_suspension", "complaint_adr", "complaint_cost",
                "complaint_timeline", "complaint_open_deadline", "complaint_restriction")) {
            jdbc.sql("DELETE FROM " + table + " WHERE complaint_id IN (:ids)").param("ids", ids).update();
        }
    }

    private void insertChildren(List<Complaint> complaints) {
        List<Object[]> issues = new ArrayList<>();
        List<Object[]> elements = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> remedies = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        List<Object[]> suspensions = new ArrayList<>();
        List<Object[]> adr = new ArrayList<>();
        List<Object[]> costs = new ArrayList<>();
        List<Object[]> timeline = new ArrayList<>();
        List<Object[]> restrictions = new ArrayList<>();
        for (Complaint c : complaints) {
            long id = c.id();
            c.restriction().ifPresent(r -> restrictions.add(new Object[] {id, r.reason().name(), r.otherReason(),
                r.restrictedOn(), r.restrictedBy()}));
            c.details().issueIds().forEach(issue -> issues.add(new Object[] {id, issue}));
            List<String> els = c.details().elements();
            for (int n = 0; n < els.size(); n++) {
                elements.add(new Object[] {id, n + 1, els.get(n)});
            }
            for (Stage s : c.stages()) {
                stages.add(stageRow(id, s));
                s.findings().forEach(f -> findings.add(new Object[] {id, s.number(), f.element(), f.finding().name(), f.reasons()}));
                List<String> as = s.actions();
                for (int n = 0; n < as.size(); n++) {
                    actions.add(new Object[] {id, s.number(), n, as.get(n)});
                }
            }
            List<Remedy> rs = c.remedies();
            for (int n = 0; n < rs.size(); n++) {
                Remedy r = rs.get(n);
                remedies.add(new Object[] {id, n, r.stage(), name(r.type()), r.amount() == null ? null : r.amount().pounds(),
                    r.description(), r.recordedOn()});
            }
            List<Suspension> ss = c.suspensions();
            for (int n = 0; n < ss.size(); n++) {
                suspensions.add(new Object[] {id, n, ss.get(n).from(), ss.get(n).resumedOn(), ss.get(n).reason().name()});
            }
            List<AdrSession> as = c.adr();
            for (int n = 0; n < as.size(); n++) {
                AdrSession a = as.get(n);
                adr.add(new Object[] {id, n, a.kind().name(), a.heldOn(), a.participants(), a.result()});
            }
            List<Cost> cs = c.costs();
            for (int n = 0; n < cs.size(); n++) {
                costs.add(new Object[] {id, n, cs.get(n).kind().name(), cs.get(n).amount().pounds(), cs.get(n).incurredOn()});
            }
            List<TimelineEntry> ts = c.timeline();
            for (int n = 0; n < ts.size(); n++) {
                TimelineEntry t = ts.get(n);
                timeline.add(new Object[] {id, n, t.on(), t.event().name(), t.stage(), name(t.outcome()), t.person(),
                    t.text(), t.recordedBy(), utc(t.recordedAt())});
            }
        }
        batch("INSERT INTO complaint_issue (complaint_id, issue_category_id) VALUES (?, ?)", issues);
        batch("INSERT INTO complaint_element (complaint_id, number, text) VALUES (?, ?, ?)", elements);
        batch("INSERT INTO complaint_stage (" + STAGE_COLUMNS + ") VALUES (" + "?, ".repeat(37) + "?)", stages);
        batch("INSERT INTO complaint_finding (complaint_id, stage, element, finding, reasons) VALUES (?, ?, ?, ?, ?)", findings);
        batch("INSERT INTO complaint_remedy (complaint_id, position, stage, remedy_type, amount, description, recorded_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", remedies);
        batch("INSERT INTO complaint_action (complaint_id, stage, position, text) VALUES (?, ?, ?, ?)", actions);
        batch("INSERT INTO complaint_suspension (complaint_id, position, from_on, resumed_on, reason) VALUES (?, ?, ?, ?, ?)",
                suspensions);
        batch("INSERT INTO complaint_adr (complaint_id, position, kind, held_on, participants, result) VALUES (?, ?, ?, ?, ?, ?)",
                adr);
        batch("INSERT INTO complaint_cost (complaint_id, position, kind, amount, incurred_on) VALUES (?, ?, ?, ?, ?)", costs);
        batch("INSERT INTO complaint_timeline (complaint_id, position, on_date, event, stage, outcome, person, text, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", timeline);
        batch("INSERT INTO complaint_restriction (complaint_id, reason, other_reason, restricted_on, restricted_by) "
                + "VALUES (?, ?, ?, ?, ?)", restrictions);
    }

    private static final String STAGE_COLUMNS = """
            complaint_id, number, requested_on, late_request_discretion, acknowledged_on, responder_id, responder_name,
            allocated_on, extended_to, extension_agreed_on, extension_reason, officer_name, officer_appointed_on,
            officer_independent, officer_staff_id, independent_name, independent_appointed_on, independent_independent,
            independent_staff_id, statement_agreed_on, report_on, chair_name, chair_appointed_on, chair_independent,
            member_one_name, member_one_appointed_on, member_one_independent, member_two_name, member_two_appointed_on,
            member_two_independent, panel_on, panel_report_on, responded_on, outcome, decided_on, statement_sent_on,
            statement_agree_by, statement_amendments""";

    private static Object[] stageRow(long id, Stage s) {
        Extension x = s.extension();
        Appointment io = s.investigatingOfficer();
        Appointment ip = s.independentPerson();
        Appointment chair = s.panelChair();
        Appointment one = s.panelMemberOne();
        Appointment two = s.panelMemberTwo();
        return new Object[] {id, s.number(), s.requestedOn(), s.lateRequestDiscretion(), s.acknowledgedOn(),
            s.responderId(), s.responderName(), s.allocatedOn(),
            x == null ? null : x.to().count(), x == null ? null : x.agreedOn(), x == null ? null : x.reason(),
            io == null ? null : io.name(), io == null ? null : io.appointedOn(), io == null ? null : io.independent(),
            io == null ? null : io.staffId(),
            ip == null ? null : ip.name(), ip == null ? null : ip.appointedOn(), ip == null ? null : ip.independent(),
            ip == null ? null : ip.staffId(),
            s.statementAgreedOn(), s.reportOn(),
            chair == null ? null : chair.name(), chair == null ? null : chair.appointedOn(),
            chair == null ? null : chair.independent(),
            one == null ? null : one.name(), one == null ? null : one.appointedOn(), one == null ? null : one.independent(),
            two == null ? null : two.name(), two == null ? null : two.appointedOn(), two == null ? null : two.independent(),
            s.panelOn(), s.panelReportOn(), s.respondedOn(), name(s.outcome()), s.decidedOn(), s.statementSentOn(),
            s.statementAgreeBy(), s.statementAmendments()};
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    // ------------------------------------------------------------------ reading back

    /** The root row, read before the children. */
    private record Root(CaseReference reference, int version, RecordType recordType, ProcedureKind procedure,
                        LocalDate representationAnsweredOn, ComplaintDetails details,
                        Decision eligibility, OutOfScopeReason outOfScope, Decision late, LocalDate withdrawnOn,
                        String withdrawalReason, CaseStatus status, LocalDate closedOn, String importedFrom) {
    }

    private static Root root(ResultSet rs, int row) throws SQLException {
        String ethnicityCode = rs.getString("child_ethnicity_code");
        String ethnicityText = rs.getString("child_ethnicity_text");
        Ethnicity ethnicity = ethnicityCode != null ? new Ethnicity(Ethnicity.Code.valueOf(ethnicityCode), null)
                : ethnicityText != null ? new Ethnicity(null, ethnicityText) : null;
        Child child = new Child(rs.getString("child_name"), date(rs, "child_date_of_birth"),
                rs.getObject("child_age", Integer.class), value(Sex.class, rs.getString("child_sex")), ethnicity,
                rs.getObject("child_disabled", Boolean.class));
        Complainant complainant = new Complainant(rs.getString("complainant_name"), rs.getString("complainant_address"),
                rs.getString("complainant_phone"), rs.getString("complainant_email"),
                value(ComplainantRole.class, rs.getString("complainant_role")), rs.getBoolean("complainant_do_not_contact"),
                rs.getBoolean("complainant_address_restricted"));
        ComplaintDetails details = new ComplaintDetails(date(rs, "received_on"), value(Channel.class, rs.getString("channel")),
                complainant, child, rs.getBoolean("on_childs_behalf"),
                value(ChildConsent.class, rs.getString("child_consent")), value(Advocacy.class, rs.getString("advocacy")),
                rs.getString("advocacy_provider"), rs.getObject("service_area_id", Long.class),
                rs.getObject("team_id", Long.class), List.of(), List.of(), rs.getString("desired_outcome"),
                rs.getString("summary"), date(rs, "matter_occurred_on"));
        return new Root(new CaseReference(rs.getString("reference")), rs.getInt("version"),
                RecordType.valueOf(rs.getString("record_type")), value(ProcedureKind.class, rs.getString("procedure_kind")),
                date(rs, "representation_answered_on"), details,
                decision(rs, "eligibility_reasons", "eligibility_by", "eligibility_on"),
                value(OutOfScopeReason.class, rs.getString("out_of_scope")),
                decision(rs, "late_reasons", "late_by", "late_on"), date(rs, "withdrawn_on"),
                rs.getString("withdrawal_reason"), CaseStatus.valueOf(rs.getString("status")), date(rs, "closed_on"),
                rs.getString("imported_from"));
    }

    /** Loads many complaints with one query per table, not one per complaint. */
    List<Complaint> findAllById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Root> roots = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT * FROM complaint WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query((ResultSet rs) -> {
                    roots.put(rs.getLong("id"), root(rs, 0));
                });
        Map<Long, List<Long>> issues = new HashMap<>();
        children("SELECT complaint_id, issue_category_id FROM complaint_issue WHERE complaint_id IN (:ids) "
                + "ORDER BY complaint_id, issue_category_id", ids, rs -> list(issues, rs).add(rs.getLong(2)));
        Map<Long, List<String>> elements = new HashMap<>();
        children("SELECT complaint_id, text FROM complaint_element WHERE complaint_id IN (:ids) ORDER BY complaint_id, number",
                ids, rs -> list(elements, rs).add(rs.getString(2)));
        Map<Long, Map<Integer, List<ElementFinding>>> findings = new HashMap<>();
        children("SELECT * FROM complaint_finding WHERE complaint_id IN (:ids) ORDER BY complaint_id, stage, element", ids,
                rs -> findings.computeIfAbsent(rs.getLong("complaint_id"), k -> new HashMap<>())
                        .computeIfAbsent(rs.getInt("stage"), k -> new ArrayList<>())
                        .add(new ElementFinding(rs.getInt("element"), Outcome.valueOf(rs.getString("finding")),
                                rs.getString("reasons"))));
        Map<Long, Map<Integer, List<String>>> actions = new HashMap<>();
        children("SELECT * FROM complaint_action WHERE complaint_id IN (:ids) ORDER BY complaint_id, stage, position", ids,
                rs -> actions.computeIfAbsent(rs.getLong("complaint_id"), k -> new HashMap<>())
                        .computeIfAbsent(rs.getInt("stage"), k -> new ArrayList<>()).add(rs.getString("text")));
        Map<Long, List<Stage>> stages = new HashMap<>();
        children("SELECT * FROM complaint_stage WHERE complaint_id IN (:ids) ORDER BY complaint_id, number", ids,
                rs -> list(stages, rs).add(stage(rs, findings.getOrDefault(rs.getLong("complaint_id"), Map.of()),
                        actions.getOrDefault(rs.getLong("complaint_id"), Map.of()))));
        Map<Long, List<Remedy>> remedies = new HashMap<>();
        children("SELECT * FROM complaint_remedy WHERE complaint_id IN (:ids) ORDER BY complaint_id, position", ids, rs -> {
            BigDecimal amount = rs.getBigDecimal("amount");
            list(remedies, rs).add(new Remedy(value(RemedyType.class, rs.getString("remedy_type")),
                    amount == null ? null : new Money(amount), rs.getString("description"), date(rs, "recorded_on"),
                    rs.getObject("stage", Integer.class)));
        });
        Map<Long, List<Suspension>> suspensions = new HashMap<>();
        children("SELECT * FROM complaint_suspension WHERE complaint_id IN (:ids) ORDER BY complaint_id, position", ids,
                rs -> list(suspensions, rs).add(new Suspension(date(rs, "from_on"), date(rs, "resumed_on"),
                        SuspensionReason.valueOf(rs.getString("reason")))));
        Map<Long, List<AdrSession>> adr = new HashMap<>();
        children("SELECT * FROM complaint_adr WHERE complaint_id IN (:ids) ORDER BY complaint_id, position", ids,
                rs -> list(adr, rs).add(new AdrSession(AdrKind.valueOf(rs.getString("kind")), date(rs, "held_on"),
                        rs.getString("participants"), rs.getString("result"))));
        Map<Long, List<Cost>> costs = new HashMap<>();
        children("SELECT * FROM complaint_cost WHERE complaint_id IN (:ids) ORDER BY complaint_id, position", ids,
                rs -> list(costs, rs).add(new Cost(CostKind.valueOf(rs.getString("kind")),
                        new Money(rs.getBigDecimal("amount")), date(rs, "incurred_on"))));
        Map<Long, List<TimelineEntry>> timeline = new HashMap<>();
        children("SELECT * FROM complaint_timeline WHERE complaint_id IN (:ids) ORDER BY complaint_id, position", ids,
                rs -> list(timeline, rs).add(new TimelineEntry(date(rs, "on_date"),
                        TimelineEntry.Event.valueOf(rs.getString("event")), rs.getObject("stage", Integer.class),
                        value(Outcome.class, rs.getString("outcome")), rs.getString("person"), rs.getString("text"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant())));
        Map<Long, Restriction> restrictions = new HashMap<>();
        children("SELECT * FROM complaint_restriction WHERE complaint_id IN (:ids)", ids,
                rs -> restrictions.put(rs.getLong("complaint_id"), new Restriction(
                        RestrictionReason.valueOf(rs.getString("reason")), rs.getString("other_reason"),
                        date(rs, "restricted_on"), rs.getString("restricted_by"))));
        List<Complaint> result = new ArrayList<>();
        roots.forEach((id, root) -> {
            ComplaintDetails d = root.details();
            ComplaintDetails details = new ComplaintDetails(d.receivedOn(), d.channel(), d.complainant(), d.child(),
                    d.onChildsBehalf(), d.childConsent(), d.advocacy(), d.advocacyProvider(), d.serviceAreaId(),
                    d.teamId(), issues.getOrDefault(id, List.of()), elements.getOrDefault(id, List.of()),
                    d.desiredOutcome(), d.summary(), d.matterOccurredOn());
            result.add(new Complaint(id, root.version(), root.reference(), root.recordType(), root.procedure(),
                    root.representationAnsweredOn(), details, root.eligibility(), root.outOfScope(), root.late(),
                    stages.getOrDefault(id, List.of()), remedies.getOrDefault(id, List.of()), root.withdrawnOn(),
                    root.withdrawalReason(), suspensions.getOrDefault(id, List.of()), adr.getOrDefault(id, List.of()),
                    costs.getOrDefault(id, List.of()), timeline.getOrDefault(id, List.of()), root.status(),
                    root.closedOn(), root.importedFrom(), restrictions.get(id)));
        });
        return result;
    }

    /** Reads a child table for many complaints, a row at a time. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void children(String sql, List<Long> ids, RowReader reader) {
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            reader.read(rs);
        });
    }

    private static <T> List<T> list(Map<Long, List<T>> byComplaint, ResultSet rs) throws SQLException {
        return byComplaint.computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>());
    }

    private static Stage stage(ResultSet rs, Map<Integer, List<ElementFinding>> findings,
                               Map<Integer, List<String>> actions) throws SQLException {
        int number = rs.getInt("number");
        Stage stage = new Stage(number, date(rs, "requested_on"));
        stage.requestedOn(date(rs, "requested_on"), rs.getString("late_request_discretion"));
        stage.acknowledge(date(rs, "acknowledged_on"));
        stage.allocate(rs.getObject("responder_id", Long.class), rs.getString("responder_name"), date(rs, "allocated_on"));
        Integer extendedTo = rs.getObject("extended_to", Integer.class);
        if (extendedTo != null) {
            stage.extend(new Extension(WorkingDays.of(extendedTo), date(rs, "extension_agreed_on"),
                    rs.getString("extension_reason")));
        }
        stage.appointInvestigatingOfficer(appointment(rs, "officer"));
        stage.appointIndependentPerson(appointment(rs, "independent"));
        stage.sendStatement(date(rs, "statement_sent_on"), date(rs, "statement_agree_by"), rs.getInt("statement_amendments"));
        stage.agreeStatement(date(rs, "statement_agreed_on"));
        stage.report(date(rs, "report_on"));
        stage.appointPanel(appointment(rs, "chair"), appointment(rs, "member_one"), appointment(rs, "member_two"));
        stage.holdPanel(date(rs, "panel_on"));
        stage.reportPanel(date(rs, "panel_report_on"));
        Outcome outcome = value(Outcome.class, rs.getString("outcome"));
        LocalDate respondedOn = date(rs, "responded_on");
        if (respondedOn != null) {
            stage.respond(respondedOn, outcome, findings.getOrDefault(number, List.of()),
                    actions.getOrDefault(number, List.of()));
        }
        if (outcome != null) {
            stage.decide(outcome, date(rs, "decided_on"));
        }
        return stage;
    }

    private static Appointment appointment(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "_name");
        if (name == null) {
            return null;
        }
        Long staffId = prefix.equals("officer") || prefix.equals("independent")
                ? rs.getObject(prefix + "_staff_id", Long.class) : null;
        return new Appointment(name, date(rs, prefix + "_appointed_on"), rs.getBoolean(prefix + "_independent"), staffId);
    }

    private static Decision decision(ResultSet rs, String reasons, String by, String on) throws SQLException {
        String text = rs.getString(reasons);
        return text == null ? null : new Decision(text, rs.getString(by), date(rs, on));
    }

    // ------------------------------------------------------------------ small helpers

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void setBoolean(PreparedStatement ps, int i, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, value);
        }
    }
}
