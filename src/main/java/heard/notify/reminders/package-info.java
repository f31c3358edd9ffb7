/**
 * Reminders to staff before each deadline, alerts when one is missed and follow-ups while it stays missed, from
 * every module's DeadlineSource; the weekly digest; the words of staff emails; and who has turned reminders by
 * email off.
 */
package heard.notify.reminders;
