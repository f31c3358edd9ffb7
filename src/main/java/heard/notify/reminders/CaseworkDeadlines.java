package heard.notify.reminders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.casework.CaseDeadline;
import heard.casework.CurrentDeadlines;
import heard.notify.DeadlineKind;
import heard.notify.DeadlineSource;
import heard.notify.OpenDeadline;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Casework's deadlines, for the reminder run: every deadline each open case must still meet (its
 * acknowledgement, its stage's response or extended response, the Stage 2 statement's agreement, the panel and
 * what follows it), each owned by the manager its stage is allocated to (or Stage 2's Investigating Officer). An
 * acknowledgement is the complaints team's to send, so it, and a stage with nobody named, has no owner and the
 * complaints managers are reminded.
 */
@Component
class CaseworkDeadlines implements DeadlineSource {

    static final DeadlineKind ACKNOWLEDGEMENT = new DeadlineKind("casework.acknowledgement", "notify.kind.casework.acknowledgement");
    static final DeadlineKind RESPONSE = new DeadlineKind("casework.response", "notify.kind.casework.response");
    static final DeadlineKind EXTENSION_END = new DeadlineKind("casework.extension-end", "notify.kind.casework.extension-end");
    static final DeadlineKind STATEMENT_AGREEMENT = new DeadlineKind("casework.statement-agreement",
            "notify.kind.casework.statement-agreement");
    static final DeadlineKind PANEL = new DeadlineKind("casework.panel", "notify.kind.casework.panel");
    static final DeadlineKind PANEL_REPORT = new DeadlineKind("casework.panel-report", "notify.kind.casework.panel-report");
    static final DeadlineKind AUTHORITY_RESPONSE = new DeadlineKind("casework.authority-response",
            "notify.kind.casework.authority-response");

    private final CurrentDeadlines deadlines;
    private final StaffDirectory staff;
    private final StaffMessages words;

    CaseworkDeadlines(CurrentDeadlines deadlines, StaffDirectory staff, StaffMessages words) {
        this.deadlines = deadlines;
        this.staff = staff;
        this.words = words;
    }

    @Override
    public List<DeadlineKind> kinds() {
        return List.of(ACKNOWLEDGEMENT, RESPONSE, EXTENSION_END, STATEMENT_AGREEMENT, PANEL, PANEL_REPORT, AUTHORITY_RESPONSE);
    }

    @Override
    public List<OpenDeadline> openDeadlines(LocalDate dueBy) {
        Map<Long, Optional<String>> usernames = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        return deadlines.dueBy(dueBy).stream().map(d -> {
            DeadlineKind kind = kind(d);
            String owner = d.kind() == CaseDeadline.Kind.ACKNOWLEDGEMENT || d.responderId() == null ? null
                    : usernames.computeIfAbsent(d.responderId(),
                            id -> staff.byId(id).filter(StaffMember::active).map(StaffMember::username)).orElse(null);
            String title = titles.computeIfAbsent(kind.code() + "|" + d.stage(),
                    k -> words.text(kind.messageKey() + ".title", d.stage()));
            String link = "/cases/" + UriUtils.encode(d.reference().value(), StandardCharsets.UTF_8);
            return new OpenDeadline(kind, d.reference().value(), d.stage(), title, d.due(), owner, link);
        }).toList();
    }

    private static DeadlineKind kind(CurrentDeadlines.Due d) {
        return switch (d.kind()) {
            case ACKNOWLEDGEMENT -> ACKNOWLEDGEMENT;
            case RESPONSE -> d.extended() ? EXTENSION_END : RESPONSE;
            case STATEMENT_AGREEMENT -> STATEMENT_AGREEMENT;
            case PANEL -> PANEL;
            case PANEL_REPORT -> PANEL_REPORT;
            case AUTHORITY_RESPONSE -> AUTHORITY_RESPONSE;
        };
    }
}
