package heard.notify.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import heard.audit.AuditTrail;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutgoingMessage;
import heard.notify.outbox.Recipient;
import heard.notify.templates.CaseMergeValues;
import heard.notify.templates.MergeField;
import heard.notify.templates.TemplateKey;
import heard.notify.templates.TemplateText;
import heard.notify.templates.Templates;
import heard.publicform.SubmissionReceipt;
import heard.publicform.SubmissionReceipts;
import heard.web.EmailAddress;
import org.springframework.stereotype.Component;

/**
 * The receipt a member of the public gets for what they sent on the public form, from the council's
 * template (the children and young people's version in its easy words), queued in the outbox in the
 * transaction that stores the submission and sent like every other email: once, and after an outage.
 */
@Component
class PublicReceipts implements SubmissionReceipts {

    private final Templates templates;
    private final CaseMergeValues values;
    private final Outbox outbox;
    private final Clock clock;

    PublicReceipts(Templates templates, CaseMergeValues values, Outbox outbox, Clock clock) {
        this.templates = templates;
        this.values = values;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public boolean queue(SubmissionReceipt receipt) {
        var address = EmailAddress.parse(receipt.email());
        if (address.isEmpty()) {
            return false;
        }
        TemplateKey key = receipt.youngVersion() ? TemplateKey.SUBMISSION_RECEIPT_YOUNG : TemplateKey.SUBMISSION_RECEIPT;
        Map<MergeField, String> merge = values.receipt(receipt.reference(), receipt.receivedOn(), receipt.acknowledgeBy(),
                LocalDate.now(clock));
        TemplateText.Rendered text = templates.get(key).text().render(merge);
        outbox.queue(new OutgoingMessage("receipt|" + receipt.reference(), null, MessageKind.RECEIPT, MessageChannel.EMAIL,
                null, key.name(), new Recipient(null, address.get(), null, null), text.subject(), text.body(),
                AuditTrail.SYSTEM), clock.instant());
        return true;
    }
}
