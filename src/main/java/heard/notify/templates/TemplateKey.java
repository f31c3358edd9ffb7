package heard.notify.templates;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static heard.notify.templates.MergeField.ACKNOWLEDGEMENT_DUE;
import static heard.notify.templates.MergeField.COMPLAINTS_TEAM_CONTACT;
import static heard.notify.templates.MergeField.COUNCIL_NAME;
import static heard.notify.templates.MergeField.RECEIVED_ON;
import static heard.notify.templates.MergeField.REFERENCE;
import static heard.notify.templates.MergeField.TODAY;

/**
 * The letters and emails Heard writes to complainants. Each ships with default wording
 * ({@code notify/templates/KEY.txt}) that the complaints manager can replace in Settings.
 */
public enum TemplateKey {
    ACKNOWLEDGEMENT_STATUTORY_1,
    ACKNOWLEDGEMENT_STATUTORY_2,
    ACKNOWLEDGEMENT_STATUTORY_3,
    ACKNOWLEDGEMENT_CORPORATE,
    EXTENSION,
    STATEMENT_FOR_AGREEMENT,
    ADVOCACY_OFFER,
    RESPONSE_STATUTORY_1,
    RESPONSE_STATUTORY_2,
    RESPONSE_STATUTORY_3,
    RESPONSE_CORPORATE,
    CLOSURE,
    /** To a member of the public who sent a form; it has no case yet, so only a few values. */
    SUBMISSION_RECEIPT(EnumSet.of(REFERENCE, COUNCIL_NAME, TODAY, RECEIVED_ON, ACKNOWLEDGEMENT_DUE, COMPLAINTS_TEAM_CONTACT)),
    /** The same, to a child or young person who used their version of the form, in its easy words. */
    SUBMISSION_RECEIPT_YOUNG(EnumSet.of(REFERENCE, COUNCIL_NAME, TODAY, RECEIVED_ON, ACKNOWLEDGEMENT_DUE, COMPLAINTS_TEAM_CONTACT));

    private final Set<MergeField> fields;

    TemplateKey() {
        this(EnumSet.allOf(MergeField.class));
    }

    TemplateKey(Set<MergeField> fields) {
        this.fields = Set.copyOf(fields);
    }

    /** The merge fields this template may use. */
    public Set<MergeField> fields() {
        return fields;
    }

    /** In addresses: acknowledgement-statutory-1. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "notify.template." + name();
    }

    public static TemplateKey ofSlug(String slug) {
        for (TemplateKey key : values()) {
            if (key.slug().equals(slug)) {
                return key;
            }
        }
        return null;
    }

    /** Templates written about a case (all but the receipts, which go before there is one). */
    public boolean aboutACase() {
        return this != SUBMISSION_RECEIPT && this != SUBMISSION_RECEIPT_YOUNG;
    }
}
