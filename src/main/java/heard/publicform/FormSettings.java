package heard.publicform;

import java.util.LinkedHashMap;
import java.util.Map;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own words on the public form (public_form_settings, public_form_wording): its advocacy
 * service's contact, and its wording of the children and young people's version where it differs from
 * Heard's. Every change is audited.
 */
@Service
@Transactional
class FormSettings {

    static final int ADVOCACY_LENGTH = 1000;
    static final int WORDING_LENGTH = 2000;
    private static final AuditSubject SUBJECT = new AuditSubject("public-form-settings", "1");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    FormSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Advocacy(String contact, int version) {
    }

    @Transactional(readOnly = true)
    Advocacy advocacy() {
        return jdbc.sql("SELECT advocacy_contact, version FROM public_form_settings WHERE id = 1")
                .query((rs, n) -> new Advocacy(rs.getString(1), rs.getInt(2))).single();
    }

    /** The council's own wording, by full message key. */
    @Transactional(readOnly = true)
    Map<String, String> wording() {
        Map<String, String> own = new LinkedHashMap<>();
        jdbc.sql("SELECT message_key, text FROM public_form_wording").query((rs, n) -> own.put(rs.getString(1), rs.getString(2)))
                .list();
        return own;
    }

    void changeAdvocacy(String contact, int version) {
        String text = contact == null || contact.isBlank() ? null : contact.strip();
        if (text != null && text.length() > ADVOCACY_LENGTH) {
            throw new Refusal("advocacyContact", "publicformSettings.advocacy.tooLong", ADVOCACY_LENGTH);
        }
        Advocacy before = advocacy();
        int changed = jdbc.sql("UPDATE public_form_settings SET advocacy_contact = :text, version = version + 1 "
                        + "WHERE id = 1 AND version = :version").param("text", text).param("version", version).update();
        if (changed == 0) {
            throw Refusal.of("case.changedMeanwhile");
        }
        audit.changed(SUBJECT, "advocacy contact changed", "The advocacy service's contact on the public form changed",
                before.contact(), text);
    }

    /**
     * Sets the council's wording of one message of the public form; blank goes back to Heard's own.
     *
     * @param key a key of the children and young people's version, publicform.young.*
     */
    void changeWording(String key, String text) {
        String own = text == null || text.isBlank() ? null : text.strip();
        if (own != null && own.length() > WORDING_LENGTH) {
            throw new Refusal("text", "publicformSettings.wording.tooLong", WORDING_LENGTH);
        }
        String before = wording().get(key);
        jdbc.sql("DELETE FROM public_form_wording WHERE message_key = :key").param("key", key).update();
        if (own != null) {
            jdbc.sql("INSERT INTO public_form_wording (message_key, text) VALUES (:key, :text)")
                    .param("key", key).param("text", own).update();
        }
        audit.changed(SUBJECT, "wording changed", "The public form's words for " + key + " changed", before, own);
    }
}
