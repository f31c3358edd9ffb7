package heard.notify.correspondence;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import heard.calendar.WorkingDays;
import heard.casework.CaseReference;
import heard.casework.ElementFinding;
import heard.casework.Outcome;
import heard.notify.MailServer;
import heard.notify.NotifyStub;
import heard.notify.NotifyTestContext;
import heard.notify.outbox.DeliveryStatuses;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageStatus;
import heard.notify.outbox.SentMessage;
import heard.notify.templates.TemplateKey;
import heard.publicform.SubmissionKind;
import heard.publicform.SubmissionReceipt;
import heard.publicform.SubmissionReceipts;
import heard.security.Role;
import heard.security.StaffMember;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correspondence through a local GOV.UK Notify and a local SMTP server: each template goes with the case's
 * values in place of its merge fields, to the complainant's address as recorded, and Notify's word on
 * whether it was delivered is recorded beside it.
 */
class EachTemplateIsSentWithTheCasesValuesTest extends NotifyTestContext {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 16);

    @Autowired
    Correspondence correspondence;
    @Autowired
    DeliveryStatuses deliveryStatuses;
    @Autowired
    SubmissionReceipts receipts;

    StaffMember officer;
    StaffMember responder;
    CaseReference ref;

    @BeforeEach
    void aCase() {
        NotifyStub.get().clear();
        officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        responder = staff("Rita Responder", Role.RESPONDING_MANAGER);
        at(RECEIVED, LocalTime.of(9, 0));
        ref = aStageOneComplaint(officer, RECEIVED, pat());
    }

    /** Sends the template to the complainant by email, and returns what Notify took for it. */
    private NotifyStub.Received notifyTakes(TemplateKey key) {
        long id = as(officer.username(), () -> correspondence.send(ref, key, MessageChannel.EMAIL,
                "pat.parent@example.org", UUID.randomUUID()));
        worker.sendDue();
        List<NotifyStub.Received> received = NotifyStub.get().received().stream()
                .filter(r -> ("heard-" + id).equals(r.reference())).toList();
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static String body(NotifyStub.Received r) {
        return (String) r.personalisation().get("body");
    }

    private static String subject(NotifyStub.Received r) {
        return (String) r.personalisation().get("subject");
    }

    @Test
    void eachTemplateGoesThroughNotifyWithTheValuesOfTheCaseAsItStands() {
        sendByNotify();

        NotifyStub.Received acknowledgement = notifyTakes(TemplateKey.ACKNOWLEDGEMENT_STATUTORY_1);
        assertThat(acknowledgement.email()).isEqualTo("pat.parent@example.org");
        assertThat(acknowledgement.templateId()).isEqualTo(NotifyStub.TEMPLATE_ID);
        assertThat(acknowledgement.authorization()).startsWith("Bearer ");
        assertThat(subject(acknowledgement)).isEqualTo("We have received your complaint – " + ref.value());
        assertThat(body(acknowledgement)).startsWith("Dear Pat Parent\n")
                .contains("which we received on 16 December 2026. Your reference is " + ref.value())
                .contains("1. The social worker did not return calls\n2. The review meeting was cancelled twice")
                .contains("by 4 January 2027, which is 10 working days from when we received your complaint")
                .contains("Olive Officer\nComplaints team, ");

        assertThat(body(notifyTakes(TemplateKey.ADVOCACY_OFFER))).contains("Our advocacy service is: Coram Voice")
                .contains("by 4 January 2027");

        move(officer, ref, (r, v) -> casework.acknowledge(r, v, 1, RECEIVED));
        move(officer, ref, (r, v) -> casework.allocate(r, v, 1, responder.id()));
        at(LocalDate.of(2026, 12, 22), LocalTime.of(11, 0));
        move(responder, ref, (r, v) -> casework.extend(r, v, 1, WorkingDays.of(20), LocalDate.of(2026, 12, 22),
                "Records are held by another council"));
        assertThat(body(notifyTakes(TemplateKey.EXTENSION)))
                .contains("We need more time because: Records are held by another council")
                .contains("We will now write to you with our answer by 18 January 2027.");

        at(LocalDate.of(2027, 1, 12), LocalTime.of(11, 0));
        move(responder, ref, (r, v) -> casework.respond(r, v, 1, LocalDate.of(2027, 1, 12), Outcome.UPHELD,
                List.of(new ElementFinding(1, Outcome.UPHELD, null), new ElementFinding(2, Outcome.UPHELD, null)),
                List.of(), List.of()));
        // 20 working days after 12 January 2027.
        assertThat(body(notifyTakes(TemplateKey.RESPONSE_STATUTORY_1)))
                .contains("from Rita Responder of")
                .contains("Please ask within 20 working days of our answer, that is by 9 February 2027")
                .contains("Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH");

        // Every template, whatever the case's state, leaves no merge field in brackets.
        for (TemplateKey key : TemplateKey.values()) {
            if (key.aboutACase()) {
                NotifyStub.Received r = notifyTakes(key);
                assertThat(subject(r)).as(key.name()).contains(ref.value()).doesNotContain("((");
                assertThat(body(r)).as(key.name()).startsWith("Dear Pat Parent").doesNotContain("((");
            }
        }
    }

    @Test
    void notifysDeliveryStatusIsRecordedAgainstEachMessage() {
        sendByNotify();
        NotifyStub.get().reportNext("delivered");
        notifyTakes(TemplateKey.ACKNOWLEDGEMENT_STATUTORY_1);
        NotifyStub.get().reportNext("permanent-failure");
        notifyTakes(TemplateKey.ADVOCACY_OFFER);

        clock.advance(Duration.ofMinutes(6));
        deliveryStatuses.check();

        List<SentMessage> kept = as(officer.username(), () -> correspondence.onCase(ref));
        assertThat(kept).extracting(SentMessage::templateKey, SentMessage::provider, SentMessage::deliveryStatus,
                        SentMessage::status)
                .containsExactly(
                        tuple("ADVOCACY_OFFER", "NOTIFY", "permanent-failure", MessageStatus.FAILED),
                        tuple("ACKNOWLEDGEMENT_STATUTORY_1", "NOTIFY", "delivered", MessageStatus.DELIVERED));
        assertThat(kept).allSatisfy(m -> {
            assertThat(m.providerId()).isNotBlank();
            assertThat(m.createdBy()).isEqualTo("Olive Officer");
            assertThat(m.recipientEmail()).isEqualTo("pat.parent@example.org");
            assertThat(m.sentAt()).isNotNull();
        });
    }

    @Test
    void bySmtpTheEmailComesFromTheCouncilsAddressWithTheSameWords() throws Exception {
        sendBySmtp();
        MailServer.get().purgeEmailFromAllMailboxes();
        as(officer.username(), () -> correspondence.send(ref, TemplateKey.ACKNOWLEDGEMENT_STATUTORY_1,
                MessageChannel.EMAIL, "pat.parent@example.org", UUID.randomUUID()));
        worker.sendDue();

        List<MimeMessage> toPat = new ArrayList<>();
        for (MimeMessage m : MailServer.get().getReceivedMessages()) {
            if (m.getSubject().endsWith(ref.value())) {
                toPat.add(m);
            }
        }
        assertThat(toPat).hasSize(1);
        MimeMessage[] received = toPat.toArray(MimeMessage[]::new);
        assertThat(received[0].getSubject()).isEqualTo("We have received your complaint – " + ref.value());
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("complaints@council.example");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("pat.parent@example.org");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n"))
                .contains("by 4 January 2027, which is 10 working days");
        assertThat(as(officer.username(), () -> correspondence.onCase(ref))).singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
                    assertThat(m.provider()).isEqualTo("SMTP");
                });
    }

    @Test
    void theReceiptOfASubmissionFromThePublicGoesFromItsTemplateOnceAndInEasyWordsToAYoungPerson() {
        sendByNotify();
        String reference = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        String young = reference + "-Y";
        assertThat(receipts.queue(new SubmissionReceipt(reference, SubmissionKind.COMPLAINT, "sam.smith@example.org",
                RECEIVED, LocalDate.of(2026, 12, 21), false))).isTrue();
        // Queued twice (the form sent again), it goes once.
        assertThat(receipts.queue(new SubmissionReceipt(reference, SubmissionKind.COMPLAINT, "sam.smith@example.org",
                RECEIVED, LocalDate.of(2026, 12, 21), false))).isTrue();
        assertThat(receipts.queue(new SubmissionReceipt(young, SubmissionKind.COMPLAINT, "jo@example.org",
                RECEIVED, LocalDate.of(2026, 12, 21), true))).isTrue();
        assertThat(receipts.queue(new SubmissionReceipt(reference + "-X", SubmissionKind.COMPLAINT, "not an address",
                RECEIVED, null, false))).isFalse();

        worker.sendDue();

        List<NotifyStub.Received> adult = NotifyStub.get().received().stream()
                .filter(r -> subject(r).endsWith(reference)).toList();
        assertThat(adult).singleElement().satisfies(r -> {
            assertThat(r.email()).isEqualTo("sam.smith@example.org");
            assertThat(subject(r)).isEqualTo("We have received what you sent us – " + reference);
            assertThat(body(r)).contains("We received what you sent us on 16 December 2026")
                    .contains("will write to you by 21 December 2026");
        });
        assertThat(NotifyStub.get().received().stream().filter(r -> subject(r).endsWith(young)))
                .singleElement().satisfies(r -> assertThat(body(r)).startsWith("Thank you for telling us. We got your message")
                        .contains("get in touch by 21 December 2026"));
    }
}
