package heard.learning;

/** What the Ombudsman asked the council to do, as its decisions and annual letters group remedies. */
public enum RemedyKind {
    APOLOGY, PAYMENT, SERVICE_ACTION, PROCEDURE_CHANGE;

    /** Only a payment carries an amount, and it must. */
    public boolean hasAmount() {
        return this == PAYMENT;
    }
}
