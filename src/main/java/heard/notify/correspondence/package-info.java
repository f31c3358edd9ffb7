/**
 * Writing to a complainant from a case: the draft filled in for the case, its addressees, the email sent or the
 * letter made (PDF and Word), and the receipt for what the public form took.
 */
package heard.notify.correspondence;
