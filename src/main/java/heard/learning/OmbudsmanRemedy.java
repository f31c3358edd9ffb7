package heard.learning;

import java.math.BigDecimal;
import java.time.LocalDate;

import heard.casework.Money;
import heard.casework.Refusal;

/**
 * A remedy the Ombudsman asked for in its decision about one of the council's records, due by the date the
 * decision set, and the council's compliance: the day it was carried out and the evidence that it was. A remedy
 * carried out after its due date is late, as the Ombudsman counts it; once complied it moves no further.
 */
public final class OmbudsmanRemedy extends RaisesEvents {

    static final int TEXT_LENGTH = 4000;

    private final Long id;
    private final String reference;
    private final RemedyKind kind;
    private final Money amount;
    private final String description;
    private final LocalDate decidedOn;
    private final LocalDate dueOn;
    private final int version;
    private LocalDate compliedOn;
    private String evidence;

    OmbudsmanRemedy(Long id, String reference, RemedyKind kind, Money amount, String description, LocalDate decidedOn,
                    LocalDate dueOn, LocalDate compliedOn, String evidence, int version) {
        this.id = id;
        this.reference = reference;
        this.kind = kind;
        this.amount = amount;
        this.description = description;
        this.decidedOn = decidedOn;
        this.dueOn = dueOn;
        this.compliedOn = compliedOn;
        this.evidence = evidence;
        this.version = version;
    }

    /** A remedy of a decision made on {@code decidedOn}: a payment with its amount, due on or after the decision. */
    static OmbudsmanRemedy ask(String reference, LocalDate decidedOn, RemedyKind kind, Money amount, String description,
                               LocalDate dueOn) {
        if (kind == null) {
            throw new Refusal("kind", "learning.remedy.kind.missing");
        }
        if (kind.hasAmount() && (amount == null || amount.pounds().signum() == 0)) {
            throw new Refusal("amount", "learning.remedy.amount.missing");
        }
        if (!kind.hasAmount() && amount != null) {
            throw new Refusal("amount", "learning.remedy.amount.notPayment");
        }
        String checked = Texts.limited("description", description, TEXT_LENGTH);
        if (kind != RemedyKind.APOLOGY && kind != RemedyKind.PAYMENT && checked == null) {
            throw new Refusal("description", "learning.remedy.description.missing");
        }
        if (dueOn == null) {
            throw new Refusal("dueOn", "learning.remedy.dueOn.missing");
        }
        if (dueOn.isBefore(decidedOn)) {
            throw new Refusal("dueOn", "learning.remedy.dueOn.beforeDecision", decidedOn);
        }
        return new OmbudsmanRemedy(null, reference, kind, amount, checked, decidedOn, dueOn, null, null, 0);
    }

    /** The council carried the remedy out on a day, shown by evidence; late when after the due date. */
    void comply(LocalDate on, String withEvidence, LocalDate today) {
        if (compliedOn != null) {
            throw Refusal.of("learning.remedy.alreadyComplied", compliedOn);
        }
        if (on == null) {
            throw new Refusal("compliedOn", "learning.remedy.compliedOn.missing");
        }
        if (on.isAfter(today)) {
            throw new Refusal("compliedOn", "date.future");
        }
        if (on.isBefore(decidedOn)) {
            throw new Refusal("compliedOn", "learning.remedy.compliedOn.beforeDecision", decidedOn);
        }
        this.evidence = Texts.required("evidence", withEvidence, "learning.remedy.evidence.missing", TEXT_LENGTH);
        this.compliedOn = on;
        occurred(new RemedyComplied(id, reference, on, late()));
    }

    /** Carried out after its due date. */
    public boolean late() {
        return compliedOn != null && compliedOn.isAfter(dueOn);
    }

    /** Not carried out and past its due date on a day. */
    public boolean overdueOn(LocalDate day) {
        return compliedOn == null && day.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public RemedyKind kind() {
        return kind;
    }

    public Money amount() {
        return amount;
    }

    BigDecimal pounds() {
        return amount == null ? null : amount.pounds();
    }

    public String description() {
        return description;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate compliedOn() {
        return compliedOn;
    }

    public String evidence() {
        return evidence;
    }

    public int version() {
        return version;
    }
}
