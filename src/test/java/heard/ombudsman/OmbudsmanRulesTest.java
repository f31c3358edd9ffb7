package heard.ombudsman;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import heard.casework.CaseReference;
import heard.casework.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What the Ombudsman module checks before recording: the rules it always had, and those it lacked
 * (a remedy's dates without a decision or a remedy, a remedy due before the decision, text longer than
 * the table holds).
 */
class OmbudsmanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate REFERRED = LocalDate.of(2026, 2, 2);
    static final LocalDate DECIDED = LocalDate.of(2026, 5, 5);
    static final CaseReference REF = new CaseReference("CSC-2026-0001");

    @Test
    void aFullRecordInOrderIsAccepted() {
        assertThatCode(() -> check(new OmbudsmanRecord(REF, "25 001 234", REFERRED,
                OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, DECIDED, "Apologise", DECIDED.plusMonths(1), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void aRemedyDueBeforeTheDecisionIsRefused() {
        refused(() -> check(decided("Apologise", DECIDED.minusDays(1), null)), "remedyDueOn",
                "ombudsman.remedyDueOn.beforeDecision");
    }

    @Test
    void aRemedysDatesNeedADecision() {
        refused(() -> check(new OmbudsmanRecord(REF, null, REFERRED, null, null, "Apologise", TODAY.plusDays(9), null)),
                "remedyDueOn", "ombudsman.remedy.noDecision");
        refused(() -> check(new OmbudsmanRecord(REF, null, REFERRED, null, null, "Apologise", null, TODAY)),
                "remedyCompliedOn", "ombudsman.remedy.noDecision");
    }

    @Test
    void aRemedysDatesNeedTheRemedy() {
        refused(() -> check(decided(null, TODAY.plusDays(9), null)), "remedy", "ombudsman.remedy.missing");
        refused(() -> check(decided(null, null, TODAY)), "remedy", "ombudsman.remedy.missing");
    }

    @Test
    void theRulesItAlwaysHadStillHold() {
        refused(() -> check(decided("Apologise", null, DECIDED.minusDays(1))), "remedyCompliedOn",
                "ombudsman.complied.beforeDecision");
        refused(() -> check(new OmbudsmanRecord(REF, null, REFERRED, OmbudsmanDecision.WITHDRAWN, null, null, null, null)),
                "decidedOn", "ombudsman.decidedOn.missing");
        refused(() -> check(new OmbudsmanRecord(REF, null, TODAY.plusDays(1), null, null, null, null, null)),
                "referredOn", "date.future");
    }

    @Test
    void textLongerThanTheTableHoldsIsRefused() {
        refused(() -> check(new OmbudsmanRecord(REF, "2".repeat(51), REFERRED, null, null, null, null, null)),
                "ombudsmanReference", "ombudsman.ombudsmanReference.tooLong");
        refused(() -> check(decided("x".repeat(4001), null, null)), "remedy", "ombudsman.remedy.tooLong");
        assertThatCode(() -> check(decided("x".repeat(4000), null, null))).doesNotThrowAnyException();
    }

    private static OmbudsmanRecord decided(String remedy, LocalDate due, LocalDate complied) {
        return new OmbudsmanRecord(REF, null, REFERRED, OmbudsmanDecision.UPHELD_FAULT_AND_INJUSTICE, DECIDED, remedy, due,
                complied);
    }

    private static void check(OmbudsmanRecord record) {
        Ombudsman.check(record, TODAY);
    }

    private static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            org.assertj.core.api.Assertions.assertThat(r.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(r.messageKey()).isEqualTo(messageKey);
        });
    }
}
