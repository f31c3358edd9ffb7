package heard.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import heard.organisation.Organisation;
import heard.web.TaggedPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundle given to a person who asked what Heard holds about them: every record that names them, as a
 * tagged PDF for reading and as JSON for a machine (UK GDPR Art 15(3) and 20), each item about someone else, and
 * each text that names someone else, marked for the complaints manager's redaction review before release; and,
 * as a group of their own, the learning entries found by the person's name alone, to be checked first.
 */
@Component
class SubjectAccessBundle {

    private final ITemplateEngine templates;
    private final TaggedPdf pdf;
    private final JsonMapper json;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    SubjectAccessBundle(ITemplateEngine templates, TaggedPdf pdf, JsonMapper json, Organisation organisation,
                        MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.pdf = pdf;
        this.json = json;
        this.organisation = organisation;
        this.clock = clock;
    }

    byte[] pdf(SubjectAccessRequests.Request request, SubjectAccessRequests.Held held) {
        Map<String, Object> model = Map.of("request", request, "records", held.records(), "byName", held.byName(),
                "council", organisation.councilName(), "made", LocalDateTime.now(clock));
        return pdf.write(templates.process("privacy/bundle-print", new Context(Locale.UK, model)));
    }

    byte[] json(SubjectAccessRequests.Request request, SubjectAccessRequests.Held held) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("council", organisation.councilName());
        bundle.put("request", Map.of("id", request.id(), "kind", request.kind().name().toLowerCase(Locale.ROOT),
                "receivedOn", request.receivedOn().toString(), "dueOn", request.dueOn().toString()));
        bundle.put("made", LocalDateTime.now(clock).toString());
        bundle.put("redactionReview", message("bundle.json.redactionReview"));
        bundle.put("records", held.records().stream().map(SubjectAccessBundle::record).toList());
        FoundByName byName = held.byName();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("about", message(byName.fullName() == null ? "bundle.json.byName.notSearched" : "bundle.json.byName"));
        found.put("fullName", byName.fullName());
        found.put("entries", byName.entries().stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", e.kind());
            entry.put("id", e.id());
            entry.put("fields", fields(e.fields()));
            return entry;
        }).toList());
        bundle.put("foundByName", found);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    private static Map<String, Object> record(HeldRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recordClass", r.recordClass().field());
        out.put("reference", r.reference());
        out.put("role", r.role());
        out.put("receivedOn", r.receivedOn() == null ? null : r.receivedOn().toString());
        out.put("open", r.open());
        out.put("fields", fields(r.fields()));
        return out;
    }

    private static List<Map<String, Object>> fields(List<HeldRecord.Field> fields) {
        return fields.stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("value", f.value());
            field.put("thirdParty", f.thirdParty());
            field.put("mentions", f.mentions());
            return field;
        }).toList();
    }
}
