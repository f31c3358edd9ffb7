package heard.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import heard.casework.Advocacy;
import heard.casework.AdrKind;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.CostKind;
import heard.casework.Ethnicity;
import heard.casework.Outcome;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.ombudsman.OmbudsmanDecision;
import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;

/**
 * Ten financial years of records (1 April 2015 to 31 March 2025), written straight into casework's, feedback's and
 * the Ombudsman module's tables in multi-row batches, a transaction per 10,000 records: a million records in about a
 * minute, where going through the modules' APIs takes many. Only benchmarks and the baseline's agreement test use
 * it; it writes what the case log import would (the columns the reporting views read, and those a table requires).
 *
 * <p>In every hundred records: 63 statutory and 10 corporate complaints, 4 non-qualifying, 7 representations, 10
 * compliments, 2 comments and 4 member enquiries, spread evenly over the days and over the teams given. Most
 * complaints are answered at Stage 1 within a few weeks, some after an extension, some withdrawn, a few escalated
 * before any answer; one in six answered goes on to Stage 2 (with its costs), and one in five of those to a review
 * panel. One in twelve carries a payment, one in a hundred goes to the Ombudsman or to mediation or conciliation, one
 * in four hundred commits the council to an action; one compliment in five hundred is chosen for quotation. Cases received in the last month are still open. Seeded, so the
 * same number of records is always the same data.
 */
public final class TenYearsOfRecords {

    public static final int FIRST_YEAR = 2015;
    public static final int YEARS = 10;
    static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(FIRST_YEAR + YEARS, 3, 31);
    private static final LocalDate LAST_ANSWERED = LocalDate.of(FIRST_YEAR + YEARS, 3, 1);
    private static final int CHUNK = 10_000;
    private static final int BATCH = 1_000;
    /**
     * One record of feedback in this many is chosen for quotation, as a manager picks a few compliments for the report:
     * the report quotes every one, so one in five (as ReportingBenchmark has it) would quote 2,000 a year at this scale.
     */
    private static final int QUOTABLE = 500;
    private static final Outcome[] ANSWERS = {Outcome.UPHELD, Outcome.PARTIALLY_UPHELD, Outcome.NOT_UPHELD,
        Outcome.INCONCLUSIVE};

    private final int records;
    private final List<long[]> teams;
    private final List<Long> issues;

    /**
     * @param teams  the teams to spread records over, each as {service area id, team id}
     * @param issues the issue categories to choose from
     */
    public TenYearsOfRecords(int records, List<long[]> teams, List<Long> issues) {
        this.records = records;
        this.teams = teams;
        this.issues = issues;
    }

    /** Service areas named "Service area N", each with teams "Team N.M": each as {service area id, team id}. */
    public static List<long[]> teams(OrganisationSettings settings, int areas, int teamsEach) {
        List<long[]> teams = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            ServiceArea area = settings.addServiceArea("Service area " + a);
            for (int t = 1; t <= teamsEach; t++) {
                Team team = settings.addTeam(area.id(), "Team " + a + "." + t, LocalDate.of(2010, 1, 1));
                teams.add(new long[] {area.id(), team.id()});
            }
        }
        return teams;
    }

    /** Writes the records; the tables' identities then go on after the ids written. */
    public void write(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long caseBase = maxId(connection, "complaint");
            long feedbackBase = maxId(connection, "feedback");
            Random random = new Random(42);
            long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
            Instant now = Instant.parse("2025-04-01T09:00:00Z");
            for (int from = 0; from < records; from += CHUNK) {
                Rows rows = new Rows();
                for (int i = from; i < Math.min(records, from + CHUNK); i++) {
                    LocalDate received = FIRST_DAY.plusDays((long) i * days / records);
                    long[] team = teams.get(random.nextInt(teams.size()));
                    String reference = String.format("B%07d", i);
                    int kind = i % 100;
                    if (kind >= 84) {
                        rows.feedback(feedbackBase + i + 1, reference, kind, received, team, random);
                    } else {
                        rows.complaint(caseBase + i + 1, reference, kind, received, team, random, now);
                    }
                }
                rows.insert(connection, now);
                connection.commit();
            }
            restartIdentity(connection, "complaint", caseBase + records + 1);
            restartIdentity(connection, "feedback", feedbackBase + records + 1);
            connection.commit();
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void restartIdentity(Connection connection, String table, long next) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /** One chunk's rows, table by table, ready for batched inserts. */
    private final class Rows {

        final List<Object[]> complaints = new ArrayList<>();
        final List<Object[]> stages = new ArrayList<>();
        final List<Object[]> issueRows = new ArrayList<>();
        final List<Object[]> remedies = new ArrayList<>();
        final List<Object[]> costs = new ArrayList<>();
        final List<Object[]> adr = new ArrayList<>();
        final List<Object[]> actions = new ArrayList<>();
        final List<Object[]> feedbackRows = new ArrayList<>();
        final List<Object[]> ombudsman = new ArrayList<>();

        void feedback(long id, String reference, int kind, LocalDate received, long[] team, Random random) {
            String type = kind < 94 ? "COMPLIMENT" : kind < 96 ? "COMMENT" : "MEMBER_ENQUIRY";
            LocalDate responded = type.equals("COMPLIMENT") ? null : received.plusDays(3 + random.nextInt(8));
            feedbackRows.add(new Object[] {id, reference, type, received, "EMAIL", team[0], team[1],
                "Thank you to the team, record " + reference, responded, random.nextInt(QUOTABLE) == 0});
        }

        void complaint(long id, String reference, int kind, LocalDate received, long[] team, Random random, Instant now) {
            String recordType = kind >= 77 ? "REPRESENTATION" : "COMPLAINT";
            String procedure = kind >= 77 ? null : kind >= 73 ? "NON_QUALIFYING" : kind >= 63 ? "CORPORATE" : "STATUTORY";
            boolean staged = "STATUTORY".equals(procedure) || "CORPORATE".equals(procedure);
            boolean open = staged && received.isAfter(LAST_ANSWERED);
            LocalDate withdrawn = null;
            LocalDate closed = staged ? null : received.plusDays(4);
            if (staged && !open) {
                closed = stages(id, reference, received, random);
                if (closed == null) {
                    withdrawn = received.plusDays(5);
                    closed = withdrawn;
                }
            } else if (open) {
                stages.add(new Object[] {id, 1, received, null, null, null, null, null, null, null, null});
            }
            for (long issue : twoIssues(random)) {
                issueRows.add(new Object[] {id, issue});
            }
            Ethnicity.Code[] codes = Ethnicity.Code.values();
            int disabled = random.nextInt(3);
            complaints.add(new Object[] {id, reference, recordType, procedure,
                "REPRESENTATION".equals(recordType) ? received.plusDays(4) : null, received,
                pick(Channel.values(), random).name(), pick(ComplainantRole.values(), random).name(),
                pick(Sex.values(), random).name(), codes[random.nextInt(codes.length)].name(), random.nextInt(19),
                disabled == 0 ? null : disabled == 1, pick(Advocacy.values(), random).name(), team[0], team[1],
                withdrawn, open ? "OPEN" : "CLOSED", open ? null : closed, open ? 1 : null,
                open ? received.plusDays(14) : null, reference.toLowerCase(), Timestamp.from(now)});
        }

        /** A closed stage complaint's stages and what came of them; the day it closed, or null when withdrawn. */
        private LocalDate stages(long id, String reference, LocalDate received, Random random) {
            if (random.nextInt(25) == 0) {
                LocalDate withdrawn = received.plusDays(5);
                stages.add(new Object[] {id, 1, received, null, null, null, null, null, Outcome.WITHDRAWN.name(), withdrawn,
                    null});
                return null;
            }
            boolean escalatedUnanswered = random.nextInt(40) == 0;
            LocalDate answered = received.plusDays(7 + random.nextInt(25));
            LocalDate closed = answered;
            boolean extended = random.nextInt(8) == 0;
            if (escalatedUnanswered) {
                LocalDate requested = received.plusDays(25 + random.nextInt(10));
                stages.add(new Object[] {id, 1, received, null, extended ? 20 : null, null, null, null,
                    Outcome.ESCALATED_WITHOUT_RESPONSE.name(), requested, null});
                closed = stageTwo(id, requested, random);
            } else {
                stages.add(new Object[] {id, 1, received, null, extended ? 20 : null, null, null, answered,
                    pick(ANSWERS, random).name(), answered, null});
                if (random.nextInt(6) == 0) {
                    closed = stageTwo(id, answered.plusDays(5 + random.nextInt(20)), random);
                }
            }
            if (random.nextInt(12) == 0) {
                remedies.add(new Object[] {id, 1, RemedyType.APOLOGY.name(), null, answered});
                remedies.add(new Object[] {id, 2, RemedyType.FINANCIAL_REMEDY.name(),
                    BigDecimal.valueOf(50 + random.nextInt(500)).setScale(2), answered});
            }
            if (random.nextInt(100) == 0) {
                ombudsman.add(new Object[] {reference, received.plusDays(120),
                    OmbudsmanDecision.values()[random.nextInt(5)].name(), received.plusDays(200)});
            }
            if (random.nextInt(100) == 0) {
                adr.add(new Object[] {id, 1, pick(AdrKind.values(), random).name(), received.plusDays(10)});
            }
            if (!escalatedUnanswered && random.nextInt(400) == 0) {
                actions.add(new Object[] {id, 1, 1, "Review how the team explains decisions (" + reference + ")"});
            }
            return closed;
        }

        private LocalDate stageTwo(long id, LocalDate requested, Random random) {
            LocalDate statement = requested.plusDays(5 + random.nextInt(10));
            LocalDate responded = statement.plusDays(30 + random.nextInt(60));
            stages.add(new Object[] {id, 2, requested, statement, random.nextInt(3) == 0 ? 65 : null, null, null, responded,
                pick(ANSWERS, random).name(), responded, null});
            costs.add(new Object[] {id, 1, CostKind.INVESTIGATING_OFFICER.name(), new BigDecimal("1200.00"), responded});
            costs.add(new Object[] {id, 2, CostKind.INDEPENDENT_PERSON.name(), new BigDecimal("450.00"), responded});
            if (random.nextInt(5) != 0) {
                return responded;
            }
            LocalDate asked = responded.plusDays(5 + random.nextInt(15));
            LocalDate met = asked.plusDays(25 + random.nextInt(20));
            LocalDate reported = met.plusDays(3 + random.nextInt(5));
            LocalDate answered = met.plusDays(20 + random.nextInt(10));
            stages.add(new Object[] {id, 3, asked, null, null, met, reported, answered, pick(ANSWERS, random).name(),
                answered, null});
            costs.add(new Object[] {id, 3, CostKind.REVIEW_PANEL.name(), new BigDecimal("900.00"), answered});
            return answered;
        }

        private Set<Long> twoIssues(Random random) {
            Set<Long> two = new LinkedHashSet<>();
            two.add(issues.get(random.nextInt(issues.size())));
            two.add(issues.get(random.nextInt(issues.size())));
            return two;
        }

        void insert(Connection connection, Instant now) throws SQLException {
            Timestamp at = Timestamp.from(now);
            insert(connection, """
                    INSERT INTO complaint (id, reference, record_type, procedure_kind, representation_answered_on, received_on,
                        channel, complainant_role, child_sex, child_ethnicity_code, child_age, child_disabled, advocacy,
                        service_area_id, team_id, withdrawn_on, status, closed_on, current_stage, current_due_on, search_text,
                        created_at, updated_at, on_childs_behalf, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)""",
                    complaints.stream().map(r -> append(r, at)).toList());
            insert(connection, """
                    INSERT INTO complaint_stage (complaint_id, number, requested_on, statement_agreed_on, extended_to,
                        panel_on, panel_report_on, responded_on, outcome, decided_on, responder_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", stages);
            insert(connection, "INSERT INTO complaint_issue (complaint_id, issue_category_id) VALUES (?, ?)", issueRows);
            insert(connection, "INSERT INTO complaint_remedy (complaint_id, position, remedy_type, amount, recorded_on)"
                    + " VALUES (?, ?, ?, ?, ?)", remedies);
            insert(connection, "INSERT INTO complaint_cost (complaint_id, position, kind, amount, incurred_on)"
                    + " VALUES (?, ?, ?, ?, ?)", costs);
            insert(connection, "INSERT INTO complaint_adr (complaint_id, position, kind, held_on) VALUES (?, ?, ?, ?)", adr);
            insert(connection, "INSERT INTO complaint_action (complaint_id, stage, position, text) VALUES (?, ?, ?, ?)",
                    actions);
            insert(connection, """
                    INSERT INTO feedback (id, reference, record_type, received_on, channel, service_area_id, team_id, summary,
                        responded_on, quotable, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                    feedbackRows.stream().map(r -> append(append(r, at), at)).toList());
            insert(connection, """
                    INSERT INTO ombudsman_case (reference, referred_on, decision, decided_on, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, 0)""", ombudsman.stream().map(r -> append(r, at)).toList());
        }

        private static Object[] append(Object[] row, Object value) {
            Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
            longer[row.length] = value;
            return longer;
        }

        private static void insert(Connection connection, String sql, List<Object[]> rows) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        bind(statement, c + 1, row[c]);
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, Date.valueOf(date));
            } else {
                statement.setObject(index, value);
            }
        }
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
