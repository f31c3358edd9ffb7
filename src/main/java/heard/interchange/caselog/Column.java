package heard.interchange.caselog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the case log (spec/case-log-csv.md), in the order an export writes them. */
public enum Column {
    REFERENCE(Kind.TEXT, 0),
    RECORD_TYPE(Kind.CODE, 0),
    PROCEDURE(Kind.CODE, 0),
    RECEIVED(Kind.DATE, 0),
    CHANNEL(Kind.CODE, 0),
    COMPLAINANT_ROLE(Kind.CODE, 0),
    SERVICE_AREA(Kind.TEXT, 0),
    TEAM(Kind.TEXT, 0),
    ISSUES(Kind.TEXT, 0),
    SUMMARY(Kind.TEXT, 0),
    CHILD_SEX(Kind.CODE, 0),
    CHILD_ETHNICITY(Kind.TEXT, 0),
    CHILD_AGE(Kind.NUMBER, 0),
    ADVOCACY(Kind.CODE, 0),
    RESPONDED(Kind.DATE, 0),
    STAGE1_RESPONSE(Kind.DATE, 1),
    STAGE1_EXTENDED(Kind.CODE, 1),
    STAGE1_OUTCOME(Kind.CODE, 1),
    STAGE2_REQUESTED(Kind.DATE, 2),
    STAGE2_STARTED(Kind.DATE, 2),
    STAGE2_EXTENDED(Kind.CODE, 2),
    STAGE2_RESPONSE(Kind.DATE, 2),
    STAGE2_OUTCOME(Kind.CODE, 2),
    STAGE3_REQUESTED(Kind.DATE, 3),
    STAGE3_PANEL(Kind.DATE, 3),
    STAGE3_PANEL_REPORT(Kind.DATE, 3),
    STAGE3_RESPONSE(Kind.DATE, 3),
    STAGE3_OUTCOME(Kind.CODE, 3),
    WITHDRAWN(Kind.DATE, 0),
    OMBUDSMAN_REFERRED(Kind.DATE, 0),
    OMBUDSMAN_DECISION(Kind.CODE, 0),
    OMBUDSMAN_DECIDED(Kind.DATE, 0),
    REMEDIES(Kind.CODE, 0),
    REMEDY_PAYMENT(Kind.MONEY, 0),
    COST_INVESTIGATING_OFFICER(Kind.MONEY, 0),
    COST_INDEPENDENT_PERSON(Kind.MONEY, 0),
    COST_REVIEW_PANEL(Kind.MONEY, 0),
    COST_MEDIATION(Kind.MONEY, 0);

    /** How a column's cells are written in a workbook: dates as date cells, money and ages as numbers. */
    public enum Kind { TEXT, CODE, DATE, MONEY, NUMBER }

    private static final Map<String, Column> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));

    /** The columns whose date must not come before the one listed before it (the spec's dates in order). */
    static final List<Column> DATES_IN_ORDER = List.of(RECEIVED, STAGE1_RESPONSE, STAGE2_REQUESTED, STAGE2_STARTED,
            STAGE2_RESPONSE, STAGE3_REQUESTED, STAGE3_PANEL, STAGE3_PANEL_REPORT, STAGE3_RESPONSE);

    private final Kind kind;
    private final int stage;

    Column(Kind kind, int stage) {
        this.kind = kind;
        this.stage = stage;
    }

    /** The header name, as the spec spells it. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** The stage this column belongs to (1 to 3), or 0 for a column of the record as a whole. */
    int stage() {
        return stage;
    }

    boolean isStageColumn() {
        return stage > 0;
    }

    /** The column a header names: case does not matter, nor spaces around it. */
    public static Optional<Column> named(String header) {
        return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }
}
