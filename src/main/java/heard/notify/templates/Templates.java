package heard.notify.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's templates: its own wording where it wrote some, Heard's default otherwise. A template is
 * saved only when every merge field in it is one the template can fill, so a letter never goes out with a
 * field left in brackets; each change is audited with the wording before and after.
 */
@Service
@Transactional
public class Templates {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Templates(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Template> all() {
        return Arrays.stream(TemplateKey.values()).map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public Template get(TemplateKey key) {
        return jdbc.sql("SELECT subject, body, version, updated_by, updated_at FROM notify_template WHERE template_key = :key")
                .param("key", key.name())
                .query((rs, n) -> new Template(new TemplateText(key, rs.getString("subject"), rs.getString("body")), true,
                        rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseGet(() -> new Template(defaultText(key), false, 0, null, null));
    }

    /**
     * Saves the council's wording over the version the person saw.
     *
     * @throws TemplateRefusedException naming each problem, when the text cannot be used; nothing is saved
     * @throws IllegalStateException    when someone else saved the template meanwhile
     */
    public void save(TemplateText text, int version) {
        List<TemplateText.Problem> problems = text.problems();
        if (!problems.isEmpty()) {
            throw new TemplateRefusedException(problems);
        }
        Template before = get(text.key());
        if (before.version() != version) {
            throw new IllegalStateException("changedMeanwhile");
        }
        String me = currentUser.require().displayName();
        Timestamp now = Timestamp.from(clock.instant());
        int saved = before.customised()
                ? jdbc.sql("UPDATE notify_template SET subject = :subject, body = :body, version = version + 1, "
                                + "updated_by = :by, updated_at = :now WHERE template_key = :key AND version = :version")
                        .param("subject", text.subject()).param("body", text.body()).param("by", me).param("now", now)
                        .param("key", text.key().name()).param("version", version).update()
                : jdbc.sql("INSERT INTO notify_template (template_key, subject, body, version, updated_by, updated_at) "
                                + "VALUES (:key, :subject, :body, 1, :by, :now) ON CONFLICT DO NOTHING")
                        .param("key", text.key().name()).param("subject", text.subject()).param("body", text.body())
                        .param("by", me).param("now", now).update();
        if (saved == 0) {
            throw new IllegalStateException("changedMeanwhile");
        }
        audit.changed(subject(text.key()), "template changed", "Template " + text.key() + " changed",
                wording(before.text()), wording(text));
    }

    /** Goes back to Heard's default wording. */
    public void reset(TemplateKey key) {
        Template before = get(key);
        if (!before.customised()) {
            return;
        }
        jdbc.sql("DELETE FROM notify_template WHERE template_key = :key").param("key", key.name()).update();
        audit.changed(subject(key), "template reset", "Template " + key + " back to Heard's wording",
                wording(before.text()), wording(defaultText(key)));
    }

    /** Heard's own wording, from {@code notify/templates/KEY.txt}: a "Subject:" line, a blank line, the body. */
    static TemplateText defaultText(TemplateKey key) {
        String resource = "/notify/templates/" + key.name() + ".txt";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            String text = new String(Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException(
                    "Heard's default wording is missing: " + resource)).readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String first = text.substring(0, end);
            if (!first.startsWith("Subject:")) {
                throw new IllegalStateException(resource + " starts with its Subject: line");
            }
            return new TemplateText(key, first.substring("Subject:".length()), text.substring(end + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuditSubject subject(TemplateKey key) {
        return new AuditSubject("template", key.name());
    }

    private static Map<String, String> wording(TemplateText text) {
        return Map.of("subject", text.subject(), "body", text.body());
    }
}
