package heard.casework.domain;

import java.util.ArrayList;
import java.util.List;

import heard.calendar.Timescale;
import heard.casework.ProcedureKind;
import heard.casework.ProcedureRules;

/**
 * The council's own complaints procedure, as it configures it: how soon it acknowledges, how
 * many stages it has, each stage's timescale (counted from that stage's acknowledgement) and how
 * far it may be extended, and how long a complainant has to ask for the next stage.
 *
 * <p>The default is the Local Government and Social Care Ombudsman's Complaint Handling Code,
 * which applies to councils' corporate complaints from April 2026: acknowledge within 5 working
 * days; Stage 1 answered within 10 working days of acknowledgement, extendable by up to 10;
 * Stage 2 within 20, extendable by up to 20.
 */
public record CorporateProcedure(int acknowledgementDays, List<Step> steps, int requestWindowDays) {

    public static final int MAXIMUM_STAGES = 3;

    /** One stage's timescale and the most it may be extended by. */
    public record Step(int targetDays, int extensionDays) {

        public Step {
            if (targetDays < 1 || targetDays > 100) {
                throw new IllegalArgumentException("A stage's timescale is 1 to 100 working days");
            }
            if (extensionDays < 0 || extensionDays > 100) {
                throw new IllegalArgumentException("An extension is 0 to 100 working days");
            }
        }
    }

    public CorporateProcedure {
        steps = List.copyOf(steps);
        if (acknowledgementDays < 1 || acknowledgementDays > 30) {
            throw new IllegalArgumentException("Acknowledgement is due within 1 to 30 working days");
        }
        if (steps.isEmpty() || steps.size() > MAXIMUM_STAGES) {
            throw new IllegalArgumentException("The corporate procedure has 1 to " + MAXIMUM_STAGES + " stages");
        }
        if (requestWindowDays < 1 || requestWindowDays > 100) {
            throw new IllegalArgumentException("The window to ask for the next stage is 1 to 100 working days");
        }
    }

    public static CorporateProcedure complaintHandlingCode() {
        return new CorporateProcedure(5, List.of(new Step(10, 10), new Step(20, 20)), 20);
    }

    public ProcedureRules rules() {
        List<StageRules> stages = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int number = i + 1;
            Timescale response = step.extensionDays() == 0
                    ? Timescale.of("Stage " + number + " response", step.targetDays())
                    : Timescale.extendable("Stage " + number + " response", step.targetDays(),
                            step.targetDays() + step.extensionDays());
            stages.add(new StageRules(number, response, StageRules.ClockStart.ACKNOWLEDGED,
                    number == 1 ? null : Timescale.of("Request for stage " + number, requestWindowDays)));
        }
        return new ProcedureRules(ProcedureKind.CORPORATE, Timescale.of("Acknowledgement", acknowledgementDays), stages);
    }
}
