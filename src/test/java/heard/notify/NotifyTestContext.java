package heard.notify;

import static heard.testing.SignedIn.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.ChildConsent;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.notify.outbox.EmailChannel;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutboxWorker;
import heard.notify.outbox.SentMessage;
import heard.notify.reminders.ReminderRun;
import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The context notify's database tests share: Heard on a database of its own, with its SMTP server pointed
 * at this run's GreenMail, and fixtures for staff, complaints and the sending settings.
 */
@DatabaseTest
@AutoConfigureMockMvc
public abstract class NotifyTestContext {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MailServer::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("heard.base-url", () -> "https://heard.council.example");
    }

    @Autowired
    protected Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected Outbox outbox;
    @Autowired
    protected OutboxWorker worker;
    @Autowired
    ReminderRun reminders;
    @Autowired
    NotifySettingsRepository settings;
    @Autowired
    JdbcClient jdbc;

    /** A member of staff with an email address at the council, under a name no other test uses. */
    protected StaffMember staff(String name, Role role) {
        String username = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewStaffAccount(username, name, username + "@council.example", Set.of(role), null,
                true)).member();
    }

    protected static Complainant pat() {
        return new Complainant("Pat Parent", "1 High Street\nTowntown\nTT1 1AA", null, "pat.parent@example.org",
                ComplainantRole.PARENT_RELATIVE);
    }

    static ComplaintDetails details(LocalDate receivedOn, Complainant complainant) {
        return new ComplaintDetails(receivedOn, Channel.EMAIL, complainant,
                new Child("Sam", LocalDate.of(2012, 5, 1), null, null, null, false), true, ChildConsent.AGREES,
                Advocacy.OFFERED, "Coram Voice", null, null, List.of(),
                List.of("The social worker did not return calls", "The review meeting was cancelled twice"),
                "An apology and a new social worker", "Communication with the family", null);
    }

    /** A statutory complaint logged by {@code officer} on the day it was received. */
    protected CaseReference aStageOneComplaint(StaffMember officer, LocalDate receivedOn, Complainant complainant) {
        return as(officer.username(), () -> casework.log(new NewComplaint(details(receivedOn, complainant),
                ProcedureKind.STATUTORY, "A parent about their child's social worker", null)));
    }

    /** Makes a move on the case as {@code who}, over the version of the case as it is now. */
    protected void move(StaffMember who, CaseReference ref, BiConsumer<CaseReference, Integer> move) {
        int version = as(who.username(), () -> casework.view(ref).orElseThrow().complaint().version());
        as(who.username(), () -> move.accept(ref, version));
    }

    protected void sendBySmtp() {
        NotifySettings now = settings.load();
        settings.save(new NotifySettings(EmailChannel.SMTP, null, null, null, "complaints@council.example",
                now.maxAttempts(), now.reminderDays(), now.version()));
    }

    protected void sendByNotify() {
        NotifySettings now = settings.load();
        settings.save(new NotifySettings(EmailChannel.NOTIFY, NotifyStub.API_KEY, NotifyStub.TEMPLATE_ID,
                NotifyStub.get().baseUrl(), null, now.maxAttempts(), now.reminderDays(), now.version()));
    }

    protected void maxAttempts(int attempts) {
        NotifySettings now = settings.load();
        settings.save(new NotifySettings(now.channel(), now.notifyApiKey(), now.notifyTemplateId(), now.notifyBaseUrl(),
                now.smtpFrom(), attempts, now.reminderDays(), now.version()));
    }

    /** Sets the clock to a time of day in London. */
    protected void at(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(LONDON).toInstant());
    }

    protected Instant now() {
        return clock.instant();
    }

    /** Every message about a case, oldest first. */
    List<SentMessage> messagesAbout(CaseReference ref) {
        return jdbc.sql("SELECT id FROM notify_message WHERE case_reference = :ref ORDER BY id")
                .param("ref", ref.value()).query(Long.class).list().stream().map(outbox::find).toList();
    }
}
