package heard.casework;

import java.util.List;

import heard.calendar.Timescale;
import heard.casework.domain.CorporateProcedure;
import heard.casework.domain.StageRules;

/**
 * The timescales a procedure sets: its acknowledgement and each of its stages. The statutory
 * procedure's are fixed in code ({@link #statutory}); the corporate procedure's are the council's
 * own ({@link CorporateProcedure}).
 */
public record ProcedureRules(ProcedureKind kind, Timescale acknowledgement, List<StageRules> stages) {

    public ProcedureRules {
        stages = List.copyOf(stages);
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Stages are numbered 1, 2, 3... in order");
            }
        }
    }

    /**
     * The Children Act 1989 representations procedure (Regulations 2006, and Getting the Best
     * from Complaints): Stage 1 in 10 working days (20 if extended), Stage 2 in 25 (65) from the
     * agreed statement of complaint, Stage 3's panel within 30 of the request. Requests for the
     * next stage are due within 20 working days of the previous answer.
     *
     * @param acknowledgementDays the council's own standard for acknowledging (the statute sets none)
     */
    public static ProcedureRules statutory(int acknowledgementDays) {
        return new ProcedureRules(ProcedureKind.STATUTORY, Timescale.of("Acknowledgement", acknowledgementDays), List.of(
                new StageRules(1, heard.calendar.StatutoryTimescales.STAGE_1, StageRules.ClockStart.RECEIVED, null),
                new StageRules(2, heard.calendar.StatutoryTimescales.STAGE_2, StageRules.ClockStart.STATEMENT_AGREED,
                        heard.calendar.StatutoryTimescales.ESCALATION_REQUEST),
                new StageRules(3, heard.calendar.StatutoryTimescales.STAGE_3_PANEL, StageRules.ClockStart.REQUESTED,
                        heard.calendar.StatutoryTimescales.ESCALATION_REQUEST)));
    }

    public int stageCount() {
        return stages.size();
    }

    public StageRules stage(int number) {
        if (number < 1 || number > stages.size()) {
            throw Refusal.of("stage.notInProcedure", number, stages.size());
        }
        return stages.get(number - 1);
    }
}
