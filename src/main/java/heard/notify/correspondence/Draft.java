package heard.notify.correspondence;

import java.util.List;

import heard.notify.templates.MergeField;
import heard.notify.templates.TemplateKey;
import heard.notify.templates.TemplateText;

/**
 * A letter or email written from a template for a case, as the preview shows it before anything leaves.
 *
 * @param missing    the merge fields the template uses that have no value on this case (left blank)
 * @param addressees where it may go; empty when the complainant must not be contacted or has no address
 * @param blocked    why nothing may be sent to this complainant (a message key), or null
 */
public record Draft(TemplateKey key, String caseReference, String recipientName, TemplateText.Rendered text,
             List<MergeField> missing, List<Addressee> addressees, String blocked) {
}
