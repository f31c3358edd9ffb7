/**
 * What Heard sends: letters and emails to complainants from templates the council edits, reminders
 * before every deadline, alerts when one is missed, daily follow-ups while it stays missed, and a weekly
 * digest, by GOV.UK Notify or SMTP, each sent once however many instances run.
 *
 * <p>The module's API is its public top-level types: {@link heard.notify.DeadlineSource}, which any
 * module implements to have its deadlines reminded of, with {@link heard.notify.OpenDeadline} and
 * {@link heard.notify.DeadlineKind}; and {@link heard.notify.NotifyPersonalData}, what notify holds about a
 * person, for privacy. Inside: outbox (the messages and their sending), reminders (reminders, alerts, follow-ups
 * and the weekly digest), templates, correspondence (writing to a complainant from a case), settings, jobs (the
 * db-scheduler tasks) and web (the pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package heard.notify;
