package heard.learning;

import heard.casework.Money;
import heard.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * A remedy the Ombudsman asked for, as the complaints officer types it from the decision; on the page that changes
 * one, the version the person saw (empty when adding one).
 */
record RemedyForm(RemedyKind kind, String amount, String description, DateParts dueOn, Integer version) {

    RemedyForm {
        dueOn = dueOn == null ? DateParts.of(null) : dueOn;
    }

    static RemedyForm blank() {
        return new RemedyForm(null, null, null, null, null);
    }

    static RemedyForm of(OmbudsmanRemedy remedy) {
        return new RemedyForm(remedy.kind(), remedy.amount() == null ? null : remedy.amount().pounds().toPlainString(),
                remedy.description(), DateParts.of(remedy.dueOn()), remedy.version());
    }

    /** Checks what the page can check alone, in the order of the page; the rest are the remedy's own rules. */
    void validate(BindingResult result) {
        if (kind == null && !result.hasFieldErrors("kind")) {
            result.rejectValue("kind", "learning.remedy.kind.missing");
        }
        if (amount != null && !amount.isBlank() && Money.parse(amount).isEmpty()) {
            result.rejectValue("amount", "learning.remedy.amount.notMoney");
        }
        dueOn.validateRequired(result, "dueOn");
    }

    Money money() {
        return amount == null || amount.isBlank() ? null : Money.parse(amount).orElse(null);
    }
}
