package heard.publicform;

/**
 * Sends the receipt of a public submission to the email address it gave: implemented by the module that
 * sends notifications. Without an implementation the confirmation page says that no receipt is sent.
 */
public interface SubmissionReceipts {

    /**
     * Queues the receipt, in the transaction that stores the submission.
     *
     * @return whether it was queued, so that the confirmation page can say a receipt is on its way
     */
    boolean queue(SubmissionReceipt receipt);
}
