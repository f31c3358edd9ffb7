package heard.notify.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a template: words with merge fields written {@code ((field_name))}. Self-checking: a field
 * this template may not use, or that does not exist, is refused with its name, and so is a bracket left
 * open.
 */
public record TemplateText(TemplateKey key, String subject, String body) {

    private static final Pattern FIELD = Pattern.compile("\\(\\(\\s*([^()]*?)\\s*\\)\\)");
    static final int MAX_SUBJECT = 1000;
    static final int MAX_BODY = 20000;

    public TemplateText {
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
    }

    /** Every problem with the text, each naming the part and the field; empty when it can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (subject.isEmpty()) {
            problems.add(new Problem(Part.SUBJECT, "notify.template.subject.missing", null));
        } else if (subject.length() > MAX_SUBJECT) {
            problems.add(new Problem(Part.SUBJECT, "notify.template.subject.tooLong", null));
        }
        if (body.isEmpty()) {
            problems.add(new Problem(Part.BODY, "notify.template.body.missing", null));
        } else if (body.length() > MAX_BODY) {
            problems.add(new Problem(Part.BODY, "notify.template.body.tooLong", null));
        }
        check(Part.SUBJECT, subject, problems);
        check(Part.BODY, body, problems);
        return problems;
    }

    private void check(Part part, String text, List<Problem> problems) {
        for (String token : tokens(text)) {
            var field = MergeField.ofToken(token);
            if (field.isEmpty()) {
                problems.add(new Problem(part, "notify.template.field.unknown", token));
            } else if (!key.fields().contains(field.get())) {
                problems.add(new Problem(part, "notify.template.field.notHere", token));
            }
        }
        String withoutFields = FIELD.matcher(text).replaceAll("");
        if (withoutFields.contains("((") || withoutFields.contains("))")) {
            problems.add(new Problem(part, "notify.template.field.unclosed", null));
        }
    }

    /** The merge fields the text uses, in order of first use. */
    public Set<MergeField> fieldsUsed() {
        Set<MergeField> used = new LinkedHashSet<>();
        for (String token : tokens(subject + "\n" + body)) {
            MergeField.ofToken(token).ifPresent(used::add);
        }
        return used;
    }

    /** The text with each field's value; a field with no value on this case is left blank. */
    public Rendered render(Map<MergeField, String> values) {
        return new Rendered(fill(subject, values).replace('\n', ' '), fill(body, values));
    }

    private static String fill(String text, Map<MergeField, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = MergeField.ofToken(m.group(1)).map(values::get).orElse(null);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    public enum Part {
        SUBJECT, BODY
    }

    /** @param field the field's name as written, for the message, when the problem is a field */
    public record Problem(Part part, String messageKey, String field) {
    }

    public record Rendered(String subject, String body) {
    }
}
