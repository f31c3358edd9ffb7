/**
 * What Heard sends: letters and emails to complainants from templates the council edits, reminders
 * before every deadline, alerts when one is missed, daily follow-ups while it stays missed, and a weekly
 * digest, by GOV.UK Notify or SMTP, each sent once however many instances run.
 *
 * <p>The module's API is its public top-level types: {@link heard.notify.DeadlineSource}, which any
 * module implements to have its deadlines reminded of, with {@link heard.notify.OpenDeadline} and
 * {@link heard.notify.DeadlineKind}. Everything else is the module's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package heard.notify;
