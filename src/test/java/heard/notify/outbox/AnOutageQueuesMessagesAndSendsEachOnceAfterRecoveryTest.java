package heard.notify.outbox;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import heard.casework.CaseReference;
import heard.notify.MailServer;
import heard.notify.NotifyStub;
import heard.notify.NotifyTestContext;
import heard.notify.correspondence.Correspondence;
import heard.notify.templates.TemplateKey;
import heard.security.Role;
import heard.security.StaffMember;
import heard.web.EmailAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GOV.UK Notify or the SMTP server is down when an acknowledgement is sent: the case still moves, the
 * message waits as not sent, is tried again after a wait that grows, and goes exactly once when the service
 * is back. Tried too often, it is given up, and the complaints manager sees it.
 */
class AnOutageQueuesMessagesAndSendsEachOnceAfterRecoveryTest extends NotifyTestContext {

    @Autowired
    Correspondence correspondence;

    StaffMember officer;
    CaseReference ref;

    @BeforeEach
    void aCase() throws Exception {
        NotifyStub.get().clear();
        MailServer.get().purgeEmailFromAllMailboxes();
        officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        at(LocalDate.of(2026, 12, 16), LocalTime.of(9, 0));
        ref = aStageOneComplaint(officer, LocalDate.of(2026, 12, 16), pat());
    }

    @AfterEach
    void servicesBack() {
        NotifyStub.get().recover();
        MailServer.get();
        maxAttempts(10);
    }

    private long sendAcknowledgement() {
        return as(officer.username(), () -> correspondence.send(ref, TemplateKey.ACKNOWLEDGEMENT_STATUTORY_1,
                MessageChannel.EMAIL, "pat.parent@example.org", UUID.randomUUID()));
    }

    @Test
    void notifyDownForAWhileTheAcknowledgementGoesOnceWhenItIsBack() {
        sendByNotify();
        NotifyStub.get().goDown();
        long id = sendAcknowledgement();
        // The case goes on while the message waits.
        move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, LocalDate.of(2026, 12, 16)));

        worker.sendDue();
        SentMessage waiting = outbox.find(id);
        assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(waiting.status().notSent()).isTrue();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("503");
        assertThat(waiting.nextAttemptAt()).isEqualTo(now().plus(Duration.ofMinutes(1)));

        // Not yet time to try again: nothing happens.
        clock.advance(Duration.ofSeconds(30));
        worker.sendDue();
        assertThat(outbox.find(id).attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        worker.sendDue();
        assertThat(outbox.find(id).attempts()).isEqualTo(2);
        assertThat(outbox.find(id).nextAttemptAt()).isEqualTo(now().plus(Duration.ofMinutes(2)));

        NotifyStub.get().recover();
        clock.advance(Duration.ofMinutes(2));
        worker.sendDue();
        clock.advance(Duration.ofHours(1));
        worker.sendDue();

        assertThat(receivedFor(id)).isEqualTo(1);
        SentMessage sent = outbox.find(id);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.providerId()).isNotBlank();
    }

    @Test
    void theSmtpServerDownTheAcknowledgementGoesOnceWhenItIsBack() {
        sendBySmtp();
        MailServer.stop();
        long id = sendAcknowledgement();

        worker.sendDue();
        assertThat(outbox.find(id).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(outbox.find(id).lastError()).contains("SMTP server could not take the message");

        MailServer.get();
        clock.advance(Duration.ofMinutes(1));
        worker.sendDue();
        clock.advance(Duration.ofMinutes(10));
        worker.sendDue();

        assertThat(MailServer.get().getReceivedMessages()).filteredOn(m -> heard(m).equals("heard-" + id)).hasSize(1);
        assertThat(outbox.find(id).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void anInstanceThatDiesWhileSendingLeavesTheMessageToAnotherWhenItsClaimRunsOut() {
        sendByNotify();
        long id = sendAcknowledgement();
        // An instance claims it, then dies before it can send or say so.
        assertThat(outbox.claim(now(), "instance-that-died", OutboxWorker.LEASE, 10)).extracting(SentMessage::id)
                .contains(id);

        worker.sendDue();
        assertThat(receivedFor(id)).isZero();
        clock.advance(OutboxWorker.LEASE.plusSeconds(1));
        worker.sendDue();

        assertThat(receivedFor(id)).isEqualTo(1);
        assertThat(outbox.find(id).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpAndShownToTheManager() {
        sendByNotify();
        maxAttempts(3);
        NotifyStub.get().goDown();
        long id = sendAcknowledgement();

        for (int attempt = 1; attempt <= 3; attempt++) {
            worker.sendDue();
            clock.advance(Duration.ofHours(7));
        }
        worker.sendDue();

        SentMessage givenUp = outbox.find(id);
        assertThat(givenUp.status()).isEqualTo(MessageStatus.GAVE_UP);
        assertThat(givenUp.attempts()).isEqualTo(3);
        assertThat(outbox.givenUp(100)).extracting(SentMessage::id).contains(id);

        // The manager asks for it to be tried again once the service is back: it goes, once.
        NotifyStub.get().recover();
        assertThat(outbox.retry(id, now())).isTrue();
        worker.sendDue();
        assertThat(receivedFor(id)).isEqualTo(1);
    }

    @Test
    void anAddressNotifyRefusesIsNotTriedAgain() {
        sendByNotify();
        StaffMember someone = staff("Sam Someone", Role.COMPLAINTS_OFFICER);
        outbox.queue(new OutgoingMessage("test|refused|" + UUID.randomUUID(), null, MessageKind.REMINDER,
                MessageChannel.EMAIL, null, null, Recipient.staff(someone.id(), someone.displayName(),
                new EmailAddress("sam@" + NotifyStub.REFUSED_DOMAIN)), "Subject", "Body", "system"), now());

        worker.sendDue();
        clock.advance(Duration.ofHours(1));
        worker.sendDue();

        assertThat(outbox.forStaff(someone.id(), 10)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("400");
        });
    }

    private static String heard(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getHeader("X-Heard-Message", null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Notify took for this message, by the reference Heard gives it. */
    private static long receivedFor(long id) {
        return NotifyStub.get().received().stream().filter(r -> ("heard-" + id).equals(r.reference())).count();
    }
}
