package heard.interchange.caselog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.Ethnicity;
import heard.casework.Outcome;
import heard.casework.RemedyType;

/**
 * Reads a row's cells into their values and checks the rules that need only the row itself: each
 * cell's form, the columns each record type requires or refuses, the stages a row's columns need,
 * and the dates in order. Every problem is added, not only the first.
 */
public final class RowParser {

    static final int MAXIMUM_NAME = 200;
    static final int MAXIMUM_SUMMARY = 4000;
    static final int MAXIMUM_ETHNICITY = 200;
    static final int MAXIMUM_AGE = 25;

    private final Header header;
    private final LocalDate today;

    public RowParser(Header header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** The row read; its problems added to {@code problems}. Null for a row with nothing in it. */
    public ParsedRow parse(int number, List<String> cells, List<Problem> problems) {
        ParsedRow row = new ParsedRow(number);
        boolean blank = true;
        for (int i = 0; i < cells.size(); i++) {
            String text = Cells.restore(cells.get(i));
            if (text == null || text.isBlank()) {
                continue;
            }
            blank = false;
            Column column = header.at(i);
            if (column == null) {
                if (header.losesValueAt(i)) {
                    problems.add(Problem.ofRow(number, "caselog.row.beyondHeader", i + 1));
                }
                continue;
            }
            row.filled(column);
            Object value = cell(number, column, text, problems);
            if (value != null) {
                row.put(column, value);
            }
        }
        if (blank) {
            return null;
        }
        checkRow(row, problems);
        return row;
    }

    private Object cell(int row, Column column, String text, List<Problem> problems) {
        String t = text.strip();
        return switch (column) {
            case REFERENCE -> reference(row, t, problems);
            case RECORD_TYPE -> code(row, column, t, Codes.RECORD_TYPES, problems);
            case PROCEDURE -> code(row, column, t, Codes.PROCEDURES, problems);
            case CHANNEL -> code(row, column, t, Codes.CHANNELS, problems);
            case COMPLAINANT_ROLE -> code(row, column, t, Codes.ROLES, problems);
            case CHILD_SEX -> code(row, column, t, Codes.SEXES, problems);
            case ADVOCACY -> code(row, column, t, Codes.ADVOCACY, problems);
            case STAGE1_OUTCOME, STAGE2_OUTCOME, STAGE3_OUTCOME -> code(row, column, t, Codes.OUTCOMES, problems);
            case OMBUDSMAN_DECISION -> code(row, column, t, Codes.DECISIONS, problems);
            case STAGE1_EXTENDED, STAGE2_EXTENDED -> yesOrNo(row, column, t, problems);
            case REMEDIES -> remedies(row, t, problems);
            case SERVICE_AREA, TEAM -> name(row, column, t, problems);
            case ISSUES -> issues(row, t, problems);
            case SUMMARY -> longText(row, column, t, MAXIMUM_SUMMARY, problems);
            case CHILD_ETHNICITY -> longText(row, column, t, MAXIMUM_ETHNICITY, problems) == null ? null
                    : Ethnicity.parse(t);
            case CHILD_AGE -> age(row, t, problems);
            case REMEDY_PAYMENT, COST_INVESTIGATING_OFFICER, COST_INDEPENDENT_PERSON, COST_REVIEW_PANEL,
                 COST_MEDIATION -> money(row, column, t, problems);
            default -> date(row, column, t, problems);
        };
    }

    private static Object reference(int row, String text, List<Problem> problems) {
        if (text.length() > CaseReference.MAXIMUM_LENGTH) {
            problems.add(Problem.at(row, Column.REFERENCE, "caselog.cell.tooLong", CaseReference.MAXIMUM_LENGTH));
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.at(row, Column.REFERENCE, "caselog.reference.control"));
            return null;
        }
        return text;
    }

    private static <E extends Enum<E>> E code(int row, Column column, String text, Codes<E> codes,
                                              List<Problem> problems) {
        E value = codes.find(text);
        if (value == null) {
            problems.add(Problem.at(row, column, "caselog.cell.notInList", text, codes.list()));
        }
        return value;
    }

    private static Boolean yesOrNo(int row, Column column, String text, List<Problem> problems) {
        if (text.equalsIgnoreCase("yes")) {
            return true;
        }
        if (text.equalsIgnoreCase("no")) {
            return false;
        }
        problems.add(Problem.at(row, column, "caselog.cell.notYes", text));
        return null;
    }

    /** Remedies in the order of the fixed list, so that however a log ordered them they come out the same. */
    private static List<RemedyType> remedies(int row, String text, List<Problem> problems) {
        List<RemedyType> remedies = new ArrayList<>();
        boolean ok = true;
        for (String item : items(text)) {
            RemedyType remedy = Codes.REMEDIES.find(item);
            if (remedy == null) {
                problems.add(Problem.at(row, Column.REMEDIES, "caselog.cell.notInList", item, Codes.REMEDIES.list()));
                ok = false;
            } else if (!remedies.contains(remedy)) {
                remedies.add(remedy);
            }
        }
        remedies.sort(Comparator.naturalOrder());
        return ok ? List.copyOf(remedies) : null;
    }

    private static String name(int row, Column column, String text, List<Problem> problems) {
        if (text.length() > MAXIMUM_NAME) {
            problems.add(Problem.at(row, column, "caselog.cell.tooLong", MAXIMUM_NAME));
            return null;
        }
        return text;
    }

    private static List<String> issues(int row, String text, List<Problem> problems) {
        List<String> names = items(text);
        for (String name : names) {
            if (name.length() > MAXIMUM_NAME) {
                problems.add(Problem.at(row, Column.ISSUES, "caselog.issues.tooLong", MAXIMUM_NAME));
                return null;
            }
        }
        return names;
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String longText(int row, Column column, String text, int maximum, List<Problem> problems) {
        if (text.length() > maximum) {
            problems.add(Problem.at(row, column, "caselog.cell.tooLong", maximum));
            return null;
        }
        return text;
    }

    private static Integer age(int row, String text, List<Problem> problems) {
        if (!text.matches("\\d{1,3}")) {
            problems.add(Problem.at(row, Column.CHILD_AGE, "caselog.age.notWhole", text));
            return null;
        }
        int age = Integer.parseInt(text);
        if (age > MAXIMUM_AGE) {
            problems.add(Problem.at(row, Column.CHILD_AGE, "caselog.age.tooOld", MAXIMUM_AGE));
            return null;
        }
        return age;
    }

    private static Object money(int row, Column column, String text, List<Problem> problems) {
        Cells.MoneyValue value = Cells.money(text);
        if (value instanceof Cells.AnAmount amount) {
            return amount.money();
        }
        String key = value instanceof Cells.Negative ? "caselog.money.negative"
                : value instanceof Cells.TooPrecise ? "caselog.money.pence"
                : value instanceof Cells.TooLarge ? "caselog.money.tooLarge" : "caselog.money.notAnAmount";
        return problem(problems, Problem.at(row, column, key, text));
    }

    private Object date(int row, Column column, String text, List<Problem> problems) {
        Cells.DateValue value = Cells.date(text);
        if (value instanceof Cells.ADate d) {
            return d.date().isAfter(today) ? problem(problems, Problem.at(row, column, "caselog.date.future", d.date(), today))
                    : d.date();
        }
        return problem(problems, Problem.at(row, column,
                value instanceof Cells.NotARealDate ? "caselog.date.notReal" : "caselog.date.notADate", text));
    }

    private static Object problem(List<Problem> problems, Problem problem) {
        problems.add(problem);
        return null;
    }

    // ------------------------------------------------------------------ the row's own rules

    private static void checkRow(ParsedRow row, List<Problem> problems) {
        int n = row.number();
        for (Column required : Header.REQUIRED) {
            if (!row.isFilled(required)) {
                problems.add(Problem.at(n, required, "caselog.cell.required"));
            }
        }
        LogRecordType type = row.type();
        if (type == LogRecordType.COMPLAINT && !row.isFilled(Column.PROCEDURE)) {
            problems.add(Problem.at(n, Column.PROCEDURE, "caselog.procedure.required"));
        }
        if (type == LogRecordType.COMPLAINT && row.isFilled(Column.RESPONDED)) {
            problems.add(Problem.at(n, Column.RESPONDED, "caselog.responded.complaint"));
        }
        if (type != null && type != LogRecordType.COMPLAINT) {
            for (Column column : Column.values()) {
                if (column.isStageColumn() && row.isFilled(column)) {
                    problems.add(Problem.at(n, column, "caselog.stage.notAComplaint", type.code()));
                }
            }
        } else if (type == LogRecordType.COMPLAINT) {
            checkStages(row, problems);
        }
        checkDatesInOrder(row, problems);
        checkOmbudsman(row, problems);
    }

    private static void checkStages(ParsedRow row, List<Problem> problems) {
        int n = row.number();
        for (Column column : Column.values()) {
            if (column.stage() > 1 && row.isFilled(column) && !isRequest(column) && !row.isFilled(request(column.stage()))) {
                problems.add(Problem.at(n, column, "caselog.stage.missing", column.stage(), request(column.stage()).header()));
            }
        }
        if (row.isFilled(Column.STAGE3_REQUESTED) && !row.isFilled(Column.STAGE2_REQUESTED)) {
            problems.add(Problem.at(n, Column.STAGE3_REQUESTED, "caselog.stage.threeNeedsTwo"));
        }
        Column[] outcomes = {Column.STAGE1_OUTCOME, Column.STAGE2_OUTCOME, Column.STAGE3_OUTCOME};
        for (int stage = 1; stage <= 3; stage++) {
            if (row.get(outcomes[stage - 1]) == Outcome.ESCALATED_WITHOUT_RESPONSE
                    && (stage == 3 || !row.isFilled(request(stage + 1)))) {
                problems.add(stage == 3 ? Problem.at(n, outcomes[2], "caselog.escalated.noNextStage")
                        : Problem.at(n, outcomes[stage - 1], "caselog.escalated.notRequested", stage + 1,
                                request(stage + 1).header()));
            }
        }
    }

    private static boolean isRequest(Column column) {
        return column == Column.STAGE2_REQUESTED || column == Column.STAGE3_REQUESTED;
    }

    private static Column request(int stage) {
        return stage == 2 ? Column.STAGE2_REQUESTED : Column.STAGE3_REQUESTED;
    }

    /**
     * The spec's chain from {@code received} to {@code stage3_response}; and, so that no record says
     * it ended before it began, the response, withdrawal and the Ombudsman's referral not before
     * {@code received}, nor the Ombudsman's decision before its referral.
     */
    private static void checkDatesInOrder(ParsedRow row, List<Problem> problems) {
        Column previous = null;
        for (Column column : Column.DATES_IN_ORDER) {
            LocalDate date = row.date(column);
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(row.date(previous))) {
                problems.add(Problem.at(row.number(), column, "caselog.date.beforePrevious", previous.header(), row.date(previous)));
            }
            previous = column;
        }
        LocalDate received = row.date(Column.RECEIVED);
        for (Column column : List.of(Column.RESPONDED, Column.WITHDRAWN, Column.OMBUDSMAN_REFERRED,
                Column.OMBUDSMAN_DECIDED)) {
            LocalDate date = row.date(column);
            if (received != null && date != null && date.isBefore(received)) {
                problems.add(Problem.at(row.number(), column, "caselog.date.beforePrevious", Column.RECEIVED.header(), received));
            }
        }
        LocalDate referred = row.date(Column.OMBUDSMAN_REFERRED);
        LocalDate decided = row.date(Column.OMBUDSMAN_DECIDED);
        if (referred != null && decided != null && decided.isBefore(referred)
                && (received == null || !decided.isBefore(received))) {
            problems.add(Problem.at(row.number(), Column.OMBUDSMAN_DECIDED, "caselog.date.beforePrevious",
                    Column.OMBUDSMAN_REFERRED.header(), referred));
        }
    }

    /** As the Ombudsman module itself requires: a decision has its date, and a date its decision. */
    private static void checkOmbudsman(ParsedRow row, List<Problem> problems) {
        if (row.isFilled(Column.OMBUDSMAN_DECISION) && !row.isFilled(Column.OMBUDSMAN_DECIDED)) {
            problems.add(Problem.at(row.number(), Column.OMBUDSMAN_DECIDED, "caselog.ombudsman.decidedMissing"));
        }
        if (row.isFilled(Column.OMBUDSMAN_DECIDED) && !row.isFilled(Column.OMBUDSMAN_DECISION)) {
            problems.add(Problem.at(row.number(), Column.OMBUDSMAN_DECISION, "caselog.ombudsman.decisionMissing"));
        }
    }
}
