package heard.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import heard.casework.Money;
import heard.casework.Refusal;
import org.junit.jupiter.api.Test;

/** The action's and the remedy's state machines: each illegal move is refused with its reason and changes nothing. */
class AnActionMovesOnlyAsItsRulesAllowTest {

    static final LocalDate AGREED = LocalDate.of(2026, 5, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    static final Owner RITA = new Owner(7, "Rita Responder");

    static Action anAgreedAction() {
        return Action.raise("Return calls within two working days", ActionOrigin.CASES, null, List.of("CSC-2026-0001"),
                null, null, RITA, LocalDate.of(2026, 6, 30), AGREED);
    }

    @Test
    void aDroppedActionNeedsAReason() {
        Action action = anAgreedAction();

        assertThatThrownBy(() -> action.drop(TODAY, "  ", TODAY)).isInstanceOf(Refusal.class)
                .satisfies(r -> assertThat(((Refusal) r).messageKey()).isEqualTo("learning.action.reason.missing"))
                .satisfies(r -> assertThat(((Refusal) r).field()).isEqualTo("reason"));
        assertThat(action.status()).isEqualTo(ActionStatus.AGREED);

        action.drop(TODAY, "The service was recommissioned and the team closed", TODAY);
        assertThat(action.status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(action.droppedReason()).isEqualTo("The service was recommissioned and the team closed");
        assertThat(action.takeEvents()).containsExactly(new ActionDropped(null, TODAY,
                "The service was recommissioned and the team closed"));
    }

    @Test
    void doneNeedsEvidenceAndADayNeitherInTheFutureNorBeforeItWasAgreed() {
        Action action = anAgreedAction();

        assertThat(refusal(() -> action.complete(TODAY, null, TODAY))).isEqualTo("learning.action.evidence.missing");
        assertThat(refusal(() -> action.complete(TODAY.plusDays(1), "Training record", TODAY))).isEqualTo("date.future");
        assertThat(refusal(() -> action.complete(AGREED.minusDays(1), "Training record", TODAY)))
                .isEqualTo("learning.action.beforeAgreed");
        assertThat(action.status()).isEqualTo(ActionStatus.AGREED);

        action.complete(TODAY, "Training record of 9 June", TODAY);
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.doneLate()).isFalse();
    }

    @Test
    void aFinishedActionMovesNoFurther() {
        Action done = anAgreedAction();
        done.complete(TODAY, "Procedure changed", TODAY);

        assertThat(refusal(() -> done.drop(TODAY, "Changed our minds", TODAY))).isEqualTo("learning.action.finished.DONE");
        assertThat(refusal(() -> done.start(TODAY, TODAY))).isEqualTo("learning.action.start.notAgreed");
        assertThat(refusal(() -> done.assign(RITA, TODAY.plusDays(5), TODAY))).isEqualTo("learning.action.finished.DONE");

        Action dropped = anAgreedAction();
        dropped.drop(TODAY, "No longer needed", TODAY);
        assertThat(refusal(() -> dropped.complete(TODAY, "Done anyway", TODAY))).isEqualTo("learning.action.finished.DROPPED");
    }

    @Test
    void anActionWithNoOwnerCannotStartOrBeDone() {
        Action unowned = new Action(1L, "Share visit notes", ActionOrigin.CASE_ANSWER, null, List.of("CSC-2026-0002"),
                AGREED, null, null, "CSC-2026-0002", 1, 0, null, null, ActionStatus.AGREED, null, null, null, null, null,
                null, null);

        assertThat(refusal(() -> unowned.start(TODAY, TODAY))).isEqualTo("learning.action.start.noOwner");
        assertThat(refusal(() -> unowned.complete(TODAY, "Notes shared", TODAY))).isEqualTo("learning.action.complete.noOwner");
        assertThat(refusal(() -> unowned.assign(RITA, TODAY.minusDays(1), TODAY))).isEqualTo("learning.action.dueOn.past");

        unowned.assign(RITA, TODAY.plusDays(14), TODAY);
        unowned.start(TODAY, TODAY);
        assertThat(unowned.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(refusal(() -> unowned.complete(TODAY.minusDays(1), "Done", TODAY)))
                .isEqualTo("learning.action.completedOn.beforeStart");
    }

    @Test
    void anActionPastItsDueDateIsOverdueUntilDoneAndThenDoneLate() {
        Action action = anAgreedAction();
        LocalDate after = LocalDate.of(2026, 7, 1);

        assertThat(action.overdueOn(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(action.overdueOn(after)).isTrue();
        action.complete(after, "Letter templates changed", after);
        assertThat(action.overdueOn(after)).isFalse();
        assertThat(action.doneLate()).isTrue();
    }

    @Test
    void aRemedyIsLateWhenCarriedOutAfterItsDueDateAndAPaymentHasItsAmount() {
        LocalDate decided = LocalDate.of(2026, 4, 1);
        LocalDate due = LocalDate.of(2026, 5, 1);

        assertThat(refusal(() -> OmbudsmanRemedy.ask("CSC-2026-0001", decided, RemedyKind.PAYMENT, null, null, due)))
                .isEqualTo("learning.remedy.amount.missing");
        assertThat(refusal(() -> OmbudsmanRemedy.ask("CSC-2026-0001", decided, RemedyKind.APOLOGY, Money.of("300"), null,
                due))).isEqualTo("learning.remedy.amount.notPayment");
        assertThat(refusal(() -> OmbudsmanRemedy.ask("CSC-2026-0001", decided, RemedyKind.PROCEDURE_CHANGE, null, null,
                due))).isEqualTo("learning.remedy.description.missing");
        assertThat(refusal(() -> OmbudsmanRemedy.ask("CSC-2026-0001", decided, RemedyKind.APOLOGY, null, null,
                decided.minusDays(1)))).isEqualTo("learning.remedy.dueOn.beforeDecision");

        OmbudsmanRemedy payment = OmbudsmanRemedy.ask("CSC-2026-0001", decided, RemedyKind.PAYMENT, Money.of("300"),
                null, due);
        assertThat(payment.amount().pounds()).isEqualByComparingTo(new BigDecimal("300"));
        assertThat(refusal(() -> payment.comply(due.plusDays(3), " ", TODAY))).isEqualTo("learning.remedy.evidence.missing");
        payment.comply(due.plusDays(3), "BACS reference 4411", TODAY);
        assertThat(payment.late()).isTrue();
        assertThat(refusal(() -> payment.comply(due, "Again", TODAY))).isEqualTo("learning.remedy.alreadyComplied");
    }

    private static String refusal(Runnable move) {
        try {
            move.run();
        } catch (Refusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("The move was not refused");
    }
}
