package heard.interchange.caselog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import heard.casework.Ethnicity;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.Money;
import heard.casework.RemedyType;
import heard.feedback.FeedbackRecord;
import heard.ombudsman.OmbudsmanRecord;

/**
 * A record as the case log carries it, whichever module holds it: each column's value as the log
 * writes it, except the service area, team and issues, which are ids (a team can be named by a
 * former name and still be the same team). Two rows are the same record, unchanged, when equal.
 */
public final class LogRow {

    private final Map<Column, Object> values = new EnumMap<>(Column.class);

    public static LogRow of(ImportedCase c, OmbudsmanRecord ombudsman) {
        LogRow row = new LogRow();
        row.put(Column.REFERENCE, c.reference().value());
        row.put(Column.RECORD_TYPE, LogRecordType.of(c.recordType()).code());
        row.put(Column.PROCEDURE, c.procedure() == null ? null : c.procedure().code());
        row.put(Column.RECEIVED, c.receivedOn());
        row.put(Column.CHANNEL, c.channel() == null ? null : c.channel().code());
        row.put(Column.COMPLAINANT_ROLE, c.complainantRole() == null ? null : c.complainantRole().code());
        row.put(Column.SERVICE_AREA, c.serviceAreaId());
        row.put(Column.TEAM, c.teamId());
        row.put(Column.ISSUES, c.issueIds().isEmpty() ? null : c.issueIds());
        row.put(Column.SUMMARY, c.summary());
        row.put(Column.CHILD_SEX, c.childSex() == null ? null : c.childSex().code());
        row.put(Column.CHILD_ETHNICITY, ethnicity(c.childEthnicity()));
        row.put(Column.CHILD_AGE, c.childAge() == null ? null : String.valueOf(c.childAge()));
        row.put(Column.ADVOCACY, c.advocacy() == null ? null : c.advocacy().code());
        row.put(Column.RESPONDED, c.answeredOn());
        for (ImportedStage s : c.stages()) {
            switch (s.number()) {
                case 1 -> {
                    row.put(Column.STAGE1_RESPONSE, s.respondedOn());
                    row.put(Column.STAGE1_EXTENDED, s.extended() ? "yes" : null);
                    row.put(Column.STAGE1_OUTCOME, s.outcome() == null ? null : s.outcome().code());
                }
                case 2 -> {
                    row.put(Column.STAGE2_REQUESTED, s.requestedOn());
                    row.put(Column.STAGE2_STARTED, s.startedOn());
                    row.put(Column.STAGE2_EXTENDED, s.extended() ? "yes" : null);
                    row.put(Column.STAGE2_RESPONSE, s.respondedOn());
                    row.put(Column.STAGE2_OUTCOME, s.outcome() == null ? null : s.outcome().code());
                }
                default -> {
                    row.put(Column.STAGE3_REQUESTED, s.requestedOn());
                    row.put(Column.STAGE3_PANEL, s.panelOn());
                    row.put(Column.STAGE3_PANEL_REPORT, s.panelReportOn());
                    row.put(Column.STAGE3_RESPONSE, s.respondedOn());
                    row.put(Column.STAGE3_OUTCOME, s.outcome() == null ? null : s.outcome().code());
                }
            }
        }
        row.put(Column.WITHDRAWN, c.withdrawnOn());
        row.remediesAndCosts(c.remedies(), c.remedyPayment(), c.costInvestigatingOfficer(), c.costIndependentPerson(),
                c.costReviewPanel(), c.costMediation());
        row.ombudsman(ombudsman);
        return row;
    }

    public static LogRow of(FeedbackRecord f, OmbudsmanRecord ombudsman) {
        LogRow row = new LogRow();
        row.put(Column.REFERENCE, f.reference().value());
        row.put(Column.RECORD_TYPE, LogRecordType.of(f.type()).code());
        row.put(Column.PROCEDURE, f.procedure() == null ? null : f.procedure().code());
        row.put(Column.RECEIVED, f.receivedOn());
        row.put(Column.CHANNEL, f.channel() == null ? null : f.channel().code());
        row.put(Column.COMPLAINANT_ROLE, f.complainantRole() == null ? null : f.complainantRole().code());
        row.put(Column.SERVICE_AREA, f.serviceAreaId());
        row.put(Column.TEAM, f.teamId());
        row.put(Column.ISSUES, f.issueIds().isEmpty() ? null : f.issueIds());
        row.put(Column.SUMMARY, f.summary());
        row.put(Column.CHILD_SEX, f.childSex() == null ? null : f.childSex().code());
        row.put(Column.CHILD_ETHNICITY, ethnicity(f.childEthnicity()));
        row.put(Column.CHILD_AGE, f.childAge() == null ? null : String.valueOf(f.childAge()));
        row.put(Column.ADVOCACY, f.advocacy() == null ? null : f.advocacy().code());
        row.put(Column.RESPONDED, f.respondedOn());
        row.put(Column.WITHDRAWN, f.withdrawnOn());
        row.remediesAndCosts(f.remedies(), f.remedyPayment(), f.costInvestigatingOfficer(), f.costIndependentPerson(),
                f.costReviewPanel(), f.costMediation());
        row.ombudsman(ombudsman);
        return row;
    }

    private void remediesAndCosts(List<RemedyType> remedies, Money payment, Money officer, Money independent,
                                  Money panel, Money mediation) {
        put(Column.REMEDIES, remedies.isEmpty() ? null : String.join(";", remedies.stream()
                .sorted(Comparator.naturalOrder()).map(RemedyType::code).toList()));
        put(Column.REMEDY_PAYMENT, money(payment));
        put(Column.COST_INVESTIGATING_OFFICER, money(officer));
        put(Column.COST_INDEPENDENT_PERSON, money(independent));
        put(Column.COST_REVIEW_PANEL, money(panel));
        put(Column.COST_MEDIATION, money(mediation));
    }

    private void ombudsman(OmbudsmanRecord o) {
        if (o != null) {
            put(Column.OMBUDSMAN_REFERRED, o.referredOn());
            put(Column.OMBUDSMAN_DECISION, o.decision() == null ? null : o.decision().code());
            put(Column.OMBUDSMAN_DECIDED, o.decidedOn());
        }
    }

    private static String ethnicity(Ethnicity ethnicity) {
        return ethnicity == null ? null : ethnicity.value();
    }

    private static String money(Money money) {
        return money == null ? null : Cells.money(money);
    }

    private void put(Column column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    Object get(Column column) {
        return values.get(column);
    }

    LocalDate received() {
        return (LocalDate) values.get(Column.RECEIVED);
    }

    /** A column's cell as the log writes it: ids named as the council names them now (a team as on the day received). */
    public String cell(Column column, NameBook names) {
        Object value = values.get(column);
        if (value == null) {
            return "";
        }
        return switch (column) {
            case SERVICE_AREA -> names.areaName((Long) value);
            case TEAM -> names.teamName((Long) value, received());
            case ISSUES -> issueNames(value, names);
            default -> value.toString();
        };
    }

    /** Issue names in alphabetical order, so that a log's list does not depend on the order categories were made in. */
    @SuppressWarnings("unchecked")
    private static String issueNames(Object ids, NameBook names) {
        List<String> list = new ArrayList<>();
        for (Long id : (List<Long>) ids) {
            list.add(names.issueName(id));
        }
        list.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        return String.join(";", list);
    }

    /** The columns whose values differ from {@code other}'s. */
    public List<Column> differences(LogRow other) {
        List<Column> changed = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!Objects.equals(values.get(column), other.values.get(column))) {
                changed.add(column);
            }
        }
        return changed;
    }
}
