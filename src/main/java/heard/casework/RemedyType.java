package heard.casework;

/** What the council did to put things right. */
public enum RemedyType {
    APOLOGY, REIMBURSEMENT, FINANCIAL_REMEDY, RECORDS_AMENDED, SERVICE_CHANGE, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Remedies that are a payment to the complainant, and so carry an amount. */
    public boolean isPayment() {
        return this == REIMBURSEMENT || this == FINANCIAL_REMEDY;
    }
}
