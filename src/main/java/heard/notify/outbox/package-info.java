/**
 * Every message Heard sends, queued in the outbox in the transaction that causes it and sent once by whichever
 * instance claims it, by GOV.UK Notify or SMTP as the settings choose, retried after an outage, and its delivery
 * asked of Notify afterwards.
 */
package heard.notify.outbox;
