package heard.casework.domain;

import java.util.EnumSet;
import java.util.Set;

import heard.casework.Complaint;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.ProcedureRules;
import heard.casework.RecordType;
import heard.casework.Stage;
import heard.security.StaffMember;

/**
 * The moves a case's state allows now, for a person: the case page shows these and only these.
 * The aggregate still checks each move in full when it is made; this only decides what to offer.
 */
public final class AvailableMoves {

    private AvailableMoves() {
    }

    public static Set<Move> of(Complaint c, ProcedureRules rules, StaffMember member) {
        Set<Move> moves = EnumSet.noneOf(Move.class);
        moves.add(c.isRestricted() ? Move.LIFT_RESTRICTION : Move.RESTRICT);
        if (c.isClosed()) {
            moves.add(Move.REOPEN);
            moves.add(Move.ADD_NOTE);
            return allowed(moves, member, c);
        }
        moves.add(Move.ADD_NOTE);
        moves.add(Move.CORRECT_DETAILS);
        moves.add(Move.CHANGE_PROCEDURE);
        moves.add(Move.RECORD_ADR);
        moves.add(Move.RECORD_COST);
        moves.add(c.ongoingSuspension().isPresent() ? Move.RESUME : Move.SUSPEND);
        if (c.awaitsLateDecision()) {
            moves.add(Move.ACCEPT_LATE_COMPLAINT);
            return allowed(moves, member, c);
        }
        Stage stage = c.currentStage().orElse(null);
        if (stage == null) {
            if (c.recordType() == RecordType.REPRESENTATION && c.representationAnsweredOn() == null) {
                moves.add(Move.ANSWER_REPRESENTATION);
            }
            moves.add(Move.CLOSE);
            return allowed(moves, member, c);
        }
        boolean statutory = c.procedure() == ProcedureKind.STATUTORY;
        if (!stage.isDecided()) {
            if (stage.acknowledgedOn() == null) {
                moves.add(Move.ACKNOWLEDGE);
            }
            moves.add(Move.WITHDRAW);
            if (rules.stage(stage.number()).response().extendedTo().isPresent() && !stage.isExtended()) {
                moves.add(Move.EXTEND);
            }
            if (statutory && stage.number() == 2) {
                addStageTwoMoves(stage, moves);
            } else if (statutory && stage.number() == 3) {
                addStageThreeMoves(stage, moves);
            } else {
                moves.add(Move.ALLOCATE);
                moves.add(Move.RESPOND);
            }
        } else {
            moves.add(Move.CLOSE);
        }
        if (stage.number() < rules.stageCount() && stage.outcome() != Outcome.WITHDRAWN) {
            moves.add(Move.REQUEST_NEXT_STAGE);
        }
        return allowed(moves, member, c);
    }

    private static void addStageTwoMoves(Stage stage, Set<Move> moves) {
        moves.add(Move.APPOINT_INVESTIGATORS);
        if (stage.statementAgreedOn() == null) {
            moves.add(Move.SEND_STATEMENT);
            moves.add(Move.AGREE_STATEMENT);
        } else if (stage.investigatingOfficer() != null && stage.independentPerson() != null) {
            moves.add(Move.RECORD_INVESTIGATION_REPORT);
        }
        if (stage.reportOn() != null) {
            moves.add(Move.ADJUDICATE);
        }
    }

    private static void addStageThreeMoves(Stage stage, Set<Move> moves) {
        if (stage.panelOn() == null) {
            moves.add(Move.APPOINT_PANEL);
        }
        if (stage.panelChair() != null && stage.panelOn() == null) {
            moves.add(Move.HOLD_PANEL);
        }
        if (stage.panelOn() != null && stage.panelReportOn() == null) {
            moves.add(Move.RECORD_PANEL_REPORT);
        }
        if (stage.panelReportOn() != null) {
            moves.add(Move.RESPOND);
        }
    }

    private static Set<Move> allowed(Set<Move> moves, StaffMember member, Complaint c) {
        int stage = c.currentStage().map(Stage::number).orElse(0);
        moves.removeIf(m -> !m.allowedFor(member, stage));
        return moves;
    }
}
