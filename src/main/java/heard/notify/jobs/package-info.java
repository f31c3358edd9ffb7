/**
 * Notify's db-scheduler tasks: sending the outbox, asking Notify about delivery, the day's reminders and the
 * weekly digest.
 */
package heard.notify.jobs;
