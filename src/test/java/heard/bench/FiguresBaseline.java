package heard.bench;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import heard.casework.Ethnicity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The figures of a financial year, written by hand in SQL over the tables themselves, in as few passes as they
 * allow: one over the stages of three years (grouped by stage, team, and the quarter or earlier year in which each
 * stage began, was decided and was answered), one over the Stage 1 complaints of the year for who complained, one
 * over their issues, one over each of the record tables for three years, and one over each small table. The floor
 * Heard's general figures are measured against ({@link FiguresAtScaleBenchmark}), and a second way of counting that
 * must agree with Heard's ({@code TheHandWrittenBaselineAgreesWithHeardsFiguresTest}). The numbers are named as
 * {@link FigureValues} names Heard's.
 *
 * <p>It knows what a general report cannot: the period is a financial year of four quarters, compared with the two
 * before it; timeliness is arithmetic on the working-day numbers of two calendar days, as Heard's is.
 */
final class FiguresBaseline {

    /** The quarter (1 to 4), or the earlier year (-1, -2), a day falls in; null outside the three years. */
    private static final String BUCKET = """
            CASE WHEN %1$s BETWEEN :from AND :to THEN
                      CASE WHEN %1$s <= :q1 THEN 1 WHEN %1$s <= :q2 THEN 2 WHEN %1$s <= :q3 THEN 3 ELSE 4 END
                 WHEN %1$s BETWEEN :y1from AND :y1to THEN -1
                 WHEN %1$s BETWEEN :y2from AND :y2to THEN -2 END""";

    /** Whether a day (calendar row {@code r}) is on or before the working day N after another's (row {@code k}). */
    private static final String WITHIN = """
            (k.working_day_no + %1$s <= :last_no
             AND CASE WHEN %2$s.working_day_no IS NULL THEN %3$s < :first_day
                      ELSE %2$s.working_day_no - CASE WHEN %2$s.is_working THEN 1 ELSE 0 END < k.working_day_no + %1$s END)""";


    private static final String STAGES = """
            SELECT stage, area, team, outcome, received, decided, answered, band, extended, COUNT(*) AS n
            FROM (SELECT s.number AS stage, c.service_area_id AS area, c.team_id AS team, s.outcome,
                         %1$s AS received, %2$s AS decided, %3$s AS answered,
                         CASE WHEN k.working_day_no IS NULL OR NOT %4$s THEN 'U'
                              WHEN %5$s THEN 'T' WHEN NOT %6$s THEN 'U' WHEN %7$s THEN 'E' ELSE 'O' END AS band,
                         CASE WHEN s.extended_to IS NOT NULL THEN 1 ELSE 0 END AS extended
                  FROM complaint_stage s
                  JOIN complaint c ON c.id = s.complaint_id
                  LEFT JOIN calendar_day k ON k."day" = CASE s.number WHEN 1 THEN c.received_on
                      WHEN 2 THEN COALESCE(s.statement_agreed_on, s.requested_on) ELSE s.panel_report_on END
                  LEFT JOIN calendar_day r ON r."day" = s.responded_on
                  WHERE c.record_type = 'COMPLAINT' AND c.procedure_kind IN ('STATUTORY', 'CORPORATE')
                    AND (s.requested_on BETWEEN :y2from AND :to OR s.decided_on BETWEEN :y2from AND :to
                         OR s.responded_on BETWEEN :y2from AND :to)) x
            GROUP BY stage, area, team, outcome, received, decided, answered, band, extended"""
            .formatted(BUCKET.formatted("s.requested_on"), BUCKET.formatted("s.decided_on"),
                    "CASE WHEN s.outcome IS NULL OR s.outcome NOT IN ('WITHDRAWN', 'ESCALATED_WITHOUT_RESPONSE') THEN "
                            + BUCKET.formatted("s.responded_on") + " END",
                    "(k.working_day_no + CASE s.number WHEN 1 THEN 10 WHEN 2 THEN 25 ELSE 15 END <= :last_no)",
                    WITHIN.formatted("CASE s.number WHEN 1 THEN 10 WHEN 2 THEN 25 ELSE 15 END", "r", "s.responded_on"),
                    "(k.working_day_no + CASE s.number WHEN 1 THEN 20 WHEN 2 THEN 65 ELSE 15 END <= :last_no)",
                    WITHIN.formatted("CASE s.number WHEN 1 THEN 20 WHEN 2 THEN 65 ELSE 15 END", "r", "s.responded_on"));

    private static final String PANELS = """
            SELECT COUNT(*) AS held,
                   COUNT(*) FILTER (WHERE %s) AS held_within_30,
                   COUNT(*) FILTER (WHERE %s) AS report_within_5,
                   COUNT(*) FILTER (WHERE %s) AS response_within_15
            FROM complaint_stage s
            JOIN complaint c ON c.id = s.complaint_id
            LEFT JOIN calendar_day k ON k."day" = s.requested_on
            LEFT JOIN calendar_day p ON p."day" = s.panel_on
            LEFT JOIN calendar_day t ON t."day" = s.panel_report_on
            LEFT JOIN calendar_day r ON r."day" = s.responded_on
            WHERE s.number = 3 AND s.panel_on BETWEEN :from AND :to
              AND c.record_type = 'COMPLAINT' AND c.procedure_kind IN ('STATUTORY', 'CORPORATE')"""
            .formatted(WITHIN.formatted("30", "p", "s.panel_on"),
                    WITHIN.formatted("5", "t", "s.panel_report_on").replace("k.", "p."),
                    WITHIN.formatted("15", "r", "s.responded_on").replace("k.", "t."));

    private static final String ISSUES = """
            SELECT i.issue_category_id AS issue,
                   COUNT(*) FILTER (WHERE s.requested_on BETWEEN :from AND :to) AS received,
                   COUNT(*) FILTER (WHERE s.decided_on BETWEEN :from AND :to AND s.outcome IS NOT NULL) AS decided,
                   COUNT(*) FILTER (WHERE s.decided_on BETWEEN :from AND :to
                                      AND s.outcome IN ('UPHELD', 'PARTIALLY_UPHELD')) AS upheld
            FROM complaint_stage s
            JOIN complaint c ON c.id = s.complaint_id
            JOIN complaint_issue i ON i.complaint_id = s.complaint_id
            WHERE s.number = 1 AND c.record_type = 'COMPLAINT' AND c.procedure_kind IN ('STATUTORY', 'CORPORATE')
              AND (s.requested_on BETWEEN :from AND :to OR s.decided_on BETWEEN :from AND :to)
            GROUP BY i.issue_category_id""";

    /** Who complained, how, and about which child: each dimension counted on its own, in one pass. */
    private static final String COMPLAINANTS = """
            SELECT dim, val, COUNT(*) AS n
            FROM (SELECT d.dim, CASE d.dim WHEN 'role' THEN c.complainant_role WHEN 'channel' THEN c.channel
                                           WHEN 'sex' THEN c.child_sex WHEN 'advocacy' THEN c.advocacy
                                           WHEN 'code' THEN c.child_ethnicity_code
                                           WHEN 'age' THEN CASE WHEN c.child_age IS NOT NULL
                                                                THEN CAST(LEAST(c.child_age, 18) AS VARCHAR(3)) END
                                           WHEN 'disabled' THEN CAST(c.child_disabled AS VARCHAR(5)) END AS val
                  FROM complaint_stage s
                  JOIN complaint c ON c.id = s.complaint_id
                  CROSS JOIN (VALUES ('role'), ('channel'), ('sex'), ('advocacy'), ('code'), ('age'), ('disabled')) d(dim)
                  WHERE s.number = 1 AND s.requested_on BETWEEN :from AND :to
                    AND c.record_type = 'COMPLAINT' AND c.procedure_kind IN ('STATUTORY', 'CORPORATE')) x
            GROUP BY dim, val""";

    private static final String CASES = """
            SELECT record_type, procedure_kind, bucket, COUNT(*) AS n
            FROM (SELECT c.record_type, c.procedure_kind, %s AS bucket FROM complaint c
                  WHERE c.received_on BETWEEN :y2from AND :to) x
            GROUP BY record_type, procedure_kind, bucket""".formatted(BUCKET.formatted("c.received_on"));

    private static final String FEEDBACK = """
            SELECT record_type, area, team, bucket, COUNT(*) AS n, SUM(responded) AS responded, SUM(quotable) AS quotable,
                   SUM(within_target) AS within_target
            FROM (SELECT f.record_type, f.service_area_id AS area, f.team_id AS team, %s AS bucket,
                         CASE WHEN f.responded_on IS NOT NULL THEN 1 ELSE 0 END AS responded,
                         CASE WHEN f.quotable THEN 1 ELSE 0 END AS quotable,
                         CASE WHEN %s THEN 1 ELSE 0 END AS within_target
                  FROM feedback f
                  LEFT JOIN calendar_day k ON k."day" = f.received_on
                  LEFT JOIN calendar_day r ON r."day" = f.responded_on
                  WHERE f.received_on BETWEEN :y2from AND :to) x
            GROUP BY record_type, area, team, bucket"""
            .formatted(BUCKET.formatted("f.received_on"), WITHIN.formatted("5", "r", "f.responded_on"));

    private static final String OMBUDSMAN = """
            SELECT decision, referred, SUM(decided) AS decided, COUNT(*) AS n
            FROM (SELECT o.decision, %s AS referred,
                         CASE WHEN o.decided_on BETWEEN :from AND :to THEN 1 ELSE 0 END AS decided
                  FROM ombudsman_case o
                  WHERE o.referred_on BETWEEN :y2from AND :to OR o.decided_on BETWEEN :from AND :to) x
            GROUP BY decision, referred""".formatted(BUCKET.formatted("o.referred_on"));

    private static final String REMEDIES = """
            SELECT r.remedy_type, COUNT(*) AS n, COUNT(r.amount) AS payments, SUM(r.amount) AS paid
            FROM complaint_remedy r WHERE r.recorded_on BETWEEN :from AND :to GROUP BY r.remedy_type""";

    private static final String COSTS = """
            SELECT k.kind, SUM(k.amount) AS amount FROM complaint_cost k WHERE k.incurred_on BETWEEN :from AND :to
            GROUP BY k.kind""";

    private static final String ADR = """
            SELECT kind, bucket, COUNT(*) AS n
            FROM (SELECT a.kind, %s AS bucket FROM complaint_adr a WHERE a.held_on BETWEEN :y2from AND :to) x
            GROUP BY kind, bucket""".formatted(BUCKET.formatted("a.held_on"));

    private static final String ACTIONS = """
            SELECT area, team, bucket, COUNT(*) AS n
            FROM (SELECT c.service_area_id AS area, c.team_id AS team, %s AS bucket
                  FROM complaint_stage s
                  JOIN complaint_action a ON a.complaint_id = s.complaint_id AND a.stage = s.number
                  JOIN complaint c ON c.id = s.complaint_id
                  WHERE s.responded_on BETWEEN :y2from AND :to) x
            GROUP BY area, team, bucket""".formatted(BUCKET.formatted("s.responded_on"));

    private static final String[] OUTCOMES = {"UPHELD", "PARTIALLY_UPHELD", "NOT_UPHELD", "INCONCLUSIVE", "WITHDRAWN",
        "ESCALATED_WITHOUT_RESPONSE"};
    private static final String[] OUTCOME_NAMES = {"upheld", "partiallyUpheld", "notUpheld", "inconclusive", "withdrawn",
        "escalatedWithoutResponse"};

    private final NamedParameterJdbcTemplate jdbc;

    FiguresBaseline(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The figures of the financial year that starts on 1 April of {@code year}, by {@link FigureValues}' names. */
    Map<String, BigDecimal> compute(int year) {
        MapSqlParameterSource p = period(year);
        // The calendar's first day and last working day's number, as constants: joined to the rows as a subquery they
        // kept PostgreSQL from hashing the complaints in parallel.
        jdbc.query("SELECT MIN(\"day\") AS first_day, MAX(working_day_no) AS last_no FROM calendar_day", (ResultSet rs) -> {
            p.addValue("first_day", rs.getObject("first_day", LocalDate.class)).addValue("last_no", rs.getObject("last_no", Integer.class));
        });
        Names names = new Names(jdbc, LocalDate.of(year + 1, 3, 31));
        String[] labels = {null, year - 1 + "/" + two(year - 1), year - 2 + "/" + two(year - 2)};
        Figures f = new Figures();
        jdbc.query(STAGES, p, (ResultSet rs) -> {
            int stage = rs.getInt("stage");
            String team = names.team(rs, "area", "team");
            long n = rs.getLong("n");
            String s = "stages." + stage;
            Integer received = bucket(rs, "received");
            if (received != null && received > 0) {
                f.add("received.stage" + stage, n).add(s + ".received", n).add(s + ".byTeam" + team + ".received", n)
                        .add("quarters[Q" + received + "].stage" + stage + "Received", n);
            } else if (received != null) {
                f.add("comparison[" + labels[-received] + "].received.stage" + stage, n);
            }
            Integer decided = bucket(rs, "decided");
            String outcome = rs.getString("outcome");
            if (decided != null && outcome != null) {
                String name = OUTCOME_NAMES[java.util.Arrays.asList(OUTCOMES).indexOf(outcome)];
                boolean upheld = outcome.equals("UPHELD") || outcome.equals("PARTIALLY_UPHELD");
                if (decided > 0) {
                    f.add(s + ".decided", n).add(s + ".outcomes." + name, n).add(s + ".byTeam" + team + ".decided", n)
                            .add(s + ".byTeam" + team + ".outcomes." + name, n);
                } else {
                    String c = "comparison[" + labels[-decided] + "].stages." + stage;
                    f.add(c + ".decided", n).add(c + ".upheldOrPartly", upheld ? n : 0);
                }
            }
            Integer answered = bucket(rs, "answered");
            if (answered != null) {
                String band = rs.getString("band");
                boolean onTime = band.equals("T") || band.equals("E") && rs.getInt("extended") == 1;
                if (answered > 0) {
                    String t = s + ".timeliness.";
                    f.add(t + "responses", n).add(t + "onTime", onTime ? n : 0)
                            .add(t + switch (band) {
                                case "T" -> "withinTarget";
                                case "E" -> "withinExtended";
                                case "O" -> "overExtended";
                                default -> "unmeasured";
                            }, n)
                            .add(s + ".byTeam" + team + ".responses", n).add(s + ".byTeam" + team + ".onTime", onTime ? n : 0);
                    if (stage == 1) {
                        f.add("quarters[Q" + answered + "].stage1Responses", n)
                                .add("quarters[Q" + answered + "].stage1OnTime", onTime ? n : 0);
                    }
                } else {
                    String c = "comparison[" + labels[-answered] + "].stages." + stage;
                    f.add(c + ".responses", n).add(c + ".onTime", onTime ? n : 0);
                }
            }
        });
        jdbc.query(PANELS, p, (ResultSet rs) -> {
            f.add("stage3Panels.held", rs.getLong("held")).add("stage3Panels.heldWithin30", rs.getLong("held_within_30"))
                    .add("stage3Panels.reportWithin5", rs.getLong("report_within_5"))
                    .add("stage3Panels.responseWithin15", rs.getLong("response_within_15"));
        });
        jdbc.query(ISSUES, p, (ResultSet rs) -> {
            String issue = "issues[" + names.issue(rs.getLong("issue")) + "].";
            f.add(issue + "received", rs.getLong("received")).add(issue + "decided", rs.getLong("decided"))
                    .add(issue + "upheldOrPartly", rs.getLong("upheld"));
        });
        jdbc.query(COMPLAINANTS, p, (ResultSet rs) -> complainants(f, rs.getString("dim"), rs.getString("val"), rs.getLong("n")));
        jdbc.query(CASES, p, (ResultSet rs) -> {
            Integer bucket = bucket(rs, "bucket");
            String type = rs.getString("record_type");
            String name = type.equals("REPRESENTATION") ? "representations"
                    : "NON_QUALIFYING".equals(rs.getString("procedure_kind")) ? "nonQualifying" : null;
            if (bucket != null && name != null) {
                f.add(bucket > 0 ? "received." + name : "comparison[" + labels[-bucket] + "].received." + name, rs.getLong("n"));
            }
        });
        jdbc.query(FEEDBACK, p, (ResultSet rs) -> {
            Integer bucket = bucket(rs, "bucket");
            String type = rs.getString("record_type");
            long n = rs.getLong("n");
            String name = switch (type) {
                case "COMPLIMENT" -> "compliments";
                case "COMMENT" -> "comments";
                default -> "memberEnquiries";
            };
            if (bucket < 0) {
                f.add("comparison[" + labels[-bucket] + "].received." + name, n);
                return;
            }
            f.add("received." + name, n);
            if (type.equals("COMPLIMENT")) {
                f.add("quarters[Q" + bucket + "].compliments", n)
                        .add("compliments.byTeam" + names.team(rs, "area", "team") + ".count", n)
                        .add("compliments.quotable", rs.getLong("quotable"));
            } else if (type.equals("MEMBER_ENQUIRY")) {
                f.add("memberEnquiries.received", n).add("memberEnquiries.responded", rs.getLong("responded"))
                        .add("memberEnquiries.withinTarget", rs.getLong("within_target"));
            }
        });
        jdbc.query(OMBUDSMAN, p, (ResultSet rs) -> {
            Integer referred = bucket(rs, "referred");
            long n = rs.getLong("n");
            long decided = rs.getLong("decided");
            String decision = rs.getString("decision");
            if (referred != null && referred > 0) {
                f.add("ombudsman.referred", n).add("received.ombudsman", n);
            } else if (referred != null) {
                f.add("comparison[" + labels[-referred] + "].received.ombudsman", n);
            }
            if (decision != null && decided > 0) {
                f.add("ombudsman.decided", decided).add("ombudsman.decisions[" + lower(decision) + "].count", decided)
                        .add("ombudsman.faultFound", decision.startsWith("UPHELD_FAULT") ? decided : 0);
            }
        });
        jdbc.query(REMEDIES, p, (ResultSet rs) -> {
            String type = rs.getString("remedy_type");
            if (type != null) {
                f.add("remedies.byType[" + lower(type) + "].count", rs.getLong("n"));
            }
            f.add("remedies.payments", rs.getLong("payments")).add("remedies.paymentsTotal", rs.getBigDecimal("paid"))
                    .add("costs.remedyPayments", rs.getBigDecimal("paid")).add("costs.total", rs.getBigDecimal("paid"));
        });
        jdbc.query(COSTS, p, (ResultSet rs) -> {
            String kind = rs.getString("kind");
            String name = switch (kind) {
                case "INVESTIGATING_OFFICER" -> "investigatingOfficer";
                case "INDEPENDENT_PERSON" -> "independentPerson";
                case "REVIEW_PANEL" -> "reviewPanel";
                default -> "mediation";
            };
            f.add("costs." + name, rs.getBigDecimal("amount")).add("costs.total", rs.getBigDecimal("amount"));
        });
        jdbc.query(ADR, p, (ResultSet rs) -> {
            int bucket = rs.getInt("bucket");
            long n = rs.getLong("n");
            if (bucket > 0) {
                f.add("adr.held", n).add("adr.byKind[" + lower(rs.getString("kind")) + "].count", n);
            } else {
                f.add("comparison[" + labels[-bucket] + "].adrHeld", n);
            }
        });
        jdbc.query(ACTIONS, p, (ResultSet rs) -> {
            int bucket = rs.getInt("bucket");
            long n = rs.getLong("n");
            if (bucket > 0) {
                f.add("actions.committed", n).add("actions.byTeam" + names.team(rs, "area", "team") + ".count", n);
            } else {
                f.add("comparison[" + labels[-bucket] + "].actionsCommitted", n);
            }
        });
        return f.values;
    }

    private static void complainants(Figures f, String dim, String value, long n) {
        if (value == null) {
            return;
        }
        switch (dim) {
            case "role" -> f.add("complainantRoles[" + lower(value) + "].count", n);
            case "channel" -> f.add("channels[" + lower(value) + "].count", n);
            case "advocacy" -> f.add("advocacy[" + lower(value) + "].count", n);
            case "sex" -> f.add("children.sex[" + lower(value) + "].count", n);
            case "disabled" -> f.add("children.disabled[" + (Boolean.parseBoolean(value) ? "yes" : "no") + "].count", n);
            case "code" -> f.add("children.ethnicity[" + Ethnicity.Code.valueOf(value).group().label() + "].count", n);
            default -> {
                int age = Integer.parseInt(value);
                f.add("children.ageBands[" + (age < 5 ? "under 5" : age < 10 ? "5 to 9" : age < 16 ? "10 to 15"
                        : age < 18 ? "16 and 17" : "18 and over") + "].count", n);
            }
        }
    }

    private static MapSqlParameterSource period(int year) {
        LocalDate from = LocalDate.of(year, 4, 1);
        return new MapSqlParameterSource().addValue("from", from).addValue("to", from.plusYears(1).minusDays(1))
                .addValue("q1", from.plusMonths(3).minusDays(1)).addValue("q2", from.plusMonths(6).minusDays(1))
                .addValue("q3", from.plusMonths(9).minusDays(1))
                .addValue("y1from", from.minusYears(1)).addValue("y1to", from.minusDays(1))
                .addValue("y2from", from.minusYears(2)).addValue("y2to", from.minusYears(1).minusDays(1));
    }

    private static Integer bucket(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String two(int year) {
        return String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    }

    private static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** Named numbers, added up. */
    private static final class Figures {

        final Map<String, BigDecimal> values = new TreeMap<>();

        Figures add(String name, long n) {
            return add(name, BigDecimal.valueOf(n));
        }

        Figures add(String name, BigDecimal n) {
            values.merge(name, n == null ? BigDecimal.ZERO : n, BigDecimal::add);
            return this;
        }
    }

    /** The names of service areas, teams (as called at the period's end) and issue categories. */
    private static final class Names {

        final Map<Long, String> areas = new HashMap<>();
        final Map<Long, String> teams = new HashMap<>();
        final Map<Long, String> issues = new HashMap<>();

        Names(NamedParameterJdbcTemplate jdbc, LocalDate on) {
            jdbc.query("SELECT id, name FROM service_area", Map.of(), (ResultSet rs) -> {
                areas.put(rs.getLong(1), rs.getString(2));
            });
            jdbc.query("SELECT team_id, name FROM team_name WHERE valid_from <= :on ORDER BY valid_from",
                    Map.of("on", on), (ResultSet rs) -> {
                        teams.put(rs.getLong(1), rs.getString(2));
                    });
            jdbc.query("SELECT id, name FROM issue_category", Map.of(), (ResultSet rs) -> {
                issues.put(rs.getLong(1), rs.getString(2));
            });
        }

        /** A list entry's name for a service area and team, as {@link FigureValues} gives it. */
        String team(ResultSet rs, String area, String team) throws SQLException {
            long a = rs.getLong(area);
            String areaName = rs.wasNull() ? "" : areas.get(a);
            long t = rs.getLong(team);
            String teamName = rs.wasNull() ? "" : teams.get(t);
            return "[" + areaName + "|" + teamName + "]";
        }

        String issue(long id) {
            return issues.get(id);
        }
    }
}
