package heard.interchange.caselog;

import java.util.ArrayList;
import java.util.List;

import heard.casework.CaseReference;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.feedback.FeedbackRecord;
import heard.ombudsman.OmbudsmanRecord;

/** Turns a checked row into the records the modules keep: a case or feedback, and the Ombudsman's part. */
public final class RecordMapping {

    /** The row's service area, team and issue categories as ids (below zero for names Heard does not have yet). */
    public record Ids(Long serviceArea, Long team, List<Long> issues) {
    }

    private RecordMapping() {
    }

    public static ImportedCase toCase(ParsedRow row, Ids ids) {
        return new ImportedCase(new CaseReference(row.reference()), row.type().recordType(),
                row.value(Column.PROCEDURE), row.date(Column.RECEIVED), row.value(Column.CHANNEL),
                row.value(Column.COMPLAINANT_ROLE), ids.serviceArea(), ids.team(), ids.issues(),
                row.text(Column.SUMMARY), row.value(Column.CHILD_SEX), row.value(Column.CHILD_ETHNICITY),
                row.value(Column.CHILD_AGE), row.value(Column.ADVOCACY), row.date(Column.RESPONDED), stages(row),
                row.date(Column.WITHDRAWN), row.list(Column.REMEDIES), row.money(Column.REMEDY_PAYMENT),
                row.money(Column.COST_INVESTIGATING_OFFICER), row.money(Column.COST_INDEPENDENT_PERSON),
                row.money(Column.COST_REVIEW_PANEL), row.money(Column.COST_MEDIATION));
    }

    /**
     * A complaint under a procedure with stages is at Stage 1 from the day it was received, as one
     * logged in Heard is; a non-qualifying one has a Stage 1 only when the log gives it one.
     */
    private static List<ImportedStage> stages(ParsedRow row) {
        List<ImportedStage> stages = new ArrayList<>();
        if (row.type() != LogRecordType.COMPLAINT) {
            return stages;
        }
        ProcedureKind procedure = row.value(Column.PROCEDURE);
        if ((procedure != null && procedure.hasStages()) || row.hasStageColumns()) {
            stages.add(new ImportedStage(1, null, null, row.yes(Column.STAGE1_EXTENDED),
                    row.date(Column.STAGE1_RESPONSE), row.<Outcome>value(Column.STAGE1_OUTCOME), null, null));
        }
        if (row.isFilled(Column.STAGE2_REQUESTED)) {
            stages.add(new ImportedStage(2, row.date(Column.STAGE2_REQUESTED), row.date(Column.STAGE2_STARTED),
                    row.yes(Column.STAGE2_EXTENDED), row.date(Column.STAGE2_RESPONSE),
                    row.<Outcome>value(Column.STAGE2_OUTCOME), null, null));
        }
        if (row.isFilled(Column.STAGE3_REQUESTED)) {
            stages.add(new ImportedStage(3, row.date(Column.STAGE3_REQUESTED), null, false,
                    row.date(Column.STAGE3_RESPONSE), row.<Outcome>value(Column.STAGE3_OUTCOME),
                    row.date(Column.STAGE3_PANEL), row.date(Column.STAGE3_PANEL_REPORT)));
        }
        return stages;
    }

    public static FeedbackRecord toFeedback(ParsedRow row, Ids ids) {
        return new FeedbackRecord(new CaseReference(row.reference()), row.type().feedbackType(),
                row.date(Column.RECEIVED), row.value(Column.CHANNEL), row.value(Column.COMPLAINANT_ROLE), null, null,
                ids.serviceArea(), ids.team(), ids.issues(), row.text(Column.SUMMARY), row.date(Column.RESPONDED),
                false, row.value(Column.PROCEDURE), row.value(Column.CHILD_SEX), row.value(Column.CHILD_ETHNICITY),
                row.value(Column.CHILD_AGE), row.value(Column.ADVOCACY), row.date(Column.WITHDRAWN),
                row.list(Column.REMEDIES), row.money(Column.REMEDY_PAYMENT),
                row.money(Column.COST_INVESTIGATING_OFFICER), row.money(Column.COST_INDEPENDENT_PERSON),
                row.money(Column.COST_REVIEW_PANEL), row.money(Column.COST_MEDIATION));
    }

    /** The Ombudsman's part of the row, or null when the row says nothing of the Ombudsman. */
    public static OmbudsmanRecord toOmbudsman(ParsedRow row) {
        if (!row.isFilled(Column.OMBUDSMAN_REFERRED) && !row.isFilled(Column.OMBUDSMAN_DECISION)
                && !row.isFilled(Column.OMBUDSMAN_DECIDED)) {
            return null;
        }
        return OmbudsmanRecord.fromCaseLog(new CaseReference(row.reference()), row.date(Column.OMBUDSMAN_REFERRED),
                row.value(Column.OMBUDSMAN_DECISION), row.date(Column.OMBUDSMAN_DECIDED));
    }

    public static LogRow toLogRow(ParsedRow row, Ids ids) {
        OmbudsmanRecord ombudsman = toOmbudsman(row);
        return row.type().isCase() ? LogRow.of(toCase(row, ids), ombudsman) : LogRow.of(toFeedback(row, ids), ombudsman);
    }
}
