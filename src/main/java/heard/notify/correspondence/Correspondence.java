package heard.notify.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Complainant;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutgoingMessage;
import heard.notify.outbox.Recipient;
import heard.notify.outbox.SentMessage;
import heard.notify.templates.CaseMergeValues;
import heard.notify.templates.MergeField;
import heard.notify.templates.TemplateKey;
import heard.notify.templates.TemplateText;
import heard.notify.templates.Templates;
import heard.security.CurrentUser;
import heard.security.StaffMember;
import heard.web.EmailAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and emails to a complainant about their case, from the council's templates. Before anything
 * leaves: a preview, and the recipient checked against the case as it is at the moment of sending (the
 * complainant's or representative's address exactly as recorded); nothing at all to a complainant marked
 * "do not contact", and no letter to a restricted address. An email is queued in the outbox and sent in
 * the background, so an outage never blocks the case; a letter is kept as made, to print and post.
 */
@Service
@Transactional
public class Correspondence {

    private final Casework casework;
    private final Templates templates;
    private final CaseMergeValues values;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Correspondence(Casework casework, Templates templates, CaseMergeValues values, Outbox outbox,
                   CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.casework = casework;
        this.templates = templates;
        this.values = values;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The template written for the case as it stands, with where it may go. */
    public Draft draft(CaseReference reference, TemplateKey key) {
        if (!key.aboutACase()) {
            throw new CorrespondenceRefusedException("template", "notify.send.notForACase");
        }
        CaseView view = view(reference);
        StaffMember me = currentUser.require();
        Map<MergeField, String> merge = values.of(view, me.displayName());
        TemplateText text = templates.get(key).text();
        List<MergeField> missing = text.fieldsUsed().stream().filter(f -> !merge.containsKey(f)).toList();
        Complainant complainant = view.complaint().details().complainant();
        return new Draft(key, reference.value(), complainant.name(), text.render(merge), missing, addressees(complainant),
                blocked(complainant));
    }

    /**
     * Sends (an email) or makes (a letter) from the template to the addressee the person saw on the preview.
     *
     * @param to         the address as the preview showed it: refused unless the case records exactly it now
     * @param submission one press of Send: pressed twice, it sends once
     * @return the message's id in the outbox
     */
    public long send(CaseReference reference, TemplateKey key, MessageChannel channel, String to, UUID submission) {
        Draft draft = draft(reference, key);
        if (draft.blocked() != null) {
            throw new CorrespondenceRefusedException(null, draft.blocked());
        }
        Addressee addressee = draft.addressees().stream()
                .filter(a -> a.channel() == channel && a.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new CorrespondenceRefusedException("recipient", "notify.send.notTheComplainant"));
        StaffMember me = currentUser.require();
        Recipient recipient = channel == MessageChannel.EMAIL
                ? new Recipient(addressee.name(), new EmailAddress(addressee.to()), null, null)
                : new Recipient(addressee.name(), null, addressee.to(), null);
        String dedup = "correspondence|" + submission;
        outbox.queue(new OutgoingMessage(dedup, null, MessageKind.CORRESPONDENCE, channel, reference.value(), key.name(),
                recipient, draft.text().subject(), draft.text().body(), me.displayName()), clock.instant());
        long id = outbox.idOf(dedup);
        audit.changed(new AuditSubject("case", reference.value()), "correspondence",
                "Case " + reference.value() + ": " + key + " " + channel.name().toLowerCase() + " to " + addressee.name(),
                null, Map.of("message", id, "template", key.name(), "channel", channel.name(), "to", addressee.to()));
        return id;
    }

    /** Refuses, as a case not found, a case the person may not see (the view of one they may see is audited). */
    public void requireCase(CaseReference reference) {
        view(reference);
    }

    /** The correspondence kept on a case, newest first, for someone who may see the case (the view is audited). */
    List<SentMessage> onCase(CaseReference reference) {
        view(reference);
        return outbox.forCase(reference.value());
    }

    /** One item of a case's correspondence, for someone who may see the case (the view is audited). */
    public SentMessage item(CaseReference reference, long id) {
        view(reference);
        SentMessage m = outbox.find(id);
        if (!reference.value().equals(m.caseReference())) {
            throw new CorrespondenceRefusedException(null, "notify.send.notOnThisCase");
        }
        return m;
    }

    /** Records in the case's audit trail that a letter was downloaded, and in which form. */
    public void letterGiven(CaseReference reference, long id, String format) {
        audit.noted(new AuditSubject("case", reference.value()), "letter downloaded",
                "Letter " + id + " downloaded as " + format);
    }

    private CaseView view(CaseReference reference) {
        return casework.view(reference)
                .orElseThrow(() -> new CorrespondenceRefusedException(null, "notify.send.caseNotFound"));
    }

    /** The recorded email (if valid) and postal address (unless restricted) of a complainant who may be contacted. */
    static List<Addressee> addressees(Complainant c) {
        List<Addressee> to = new ArrayList<>();
        if (c.doNotContact()) {
            return to;
        }
        if (c.email() != null && EmailAddress.valid(c.email())) {
            to.add(new Addressee(MessageChannel.EMAIL, c.name(), c.email()));
        }
        if (c.address() != null && !c.addressRestricted()) {
            to.add(new Addressee(MessageChannel.LETTER, c.name(), c.address()));
        }
        return to;
    }

    private static String blocked(Complainant c) {
        if (c.doNotContact()) {
            return "notify.send.doNotContact";
        }
        if (addressees(c).isEmpty()) {
            return c.addressRestricted() && c.email() == null ? "notify.send.addressRestricted" : "notify.send.noAddress";
        }
        return null;
    }
}
