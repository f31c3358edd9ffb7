package heard.learning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import heard.notify.DeadlineKind;
import heard.notify.DeadlineSource;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register's deadlines, for notify's reminders: each open action, owned by the member of staff it is given to,
 * and each Ombudsman remedy not yet complied with, which is the complaints team's (so notify reminds the complaints
 * managers). A deadline is named by the case it answers and the action's or remedy's number, so two actions on one
 * case are reminded of separately; an action on no case is named by its number alone.
 */
@Component
class LearningDeadlines implements DeadlineSource {

    static final DeadlineKind ACTION = new DeadlineKind("learning.action", "learning.deadline.action");
    static final DeadlineKind REMEDY = new DeadlineKind("learning.remedy", "learning.deadline.remedy");

    /** Long enough to recognise an action by in an email's subject line. */
    private static final int TITLE_LENGTH = 80;

    private final Learning learning;
    private final StaffDirectory staff;
    private final MessageSource messages;

    LearningDeadlines(Learning learning, StaffDirectory staff, MessageSource messages) {
        this.learning = learning;
        this.staff = staff;
        this.messages = messages;
    }

    @Override
    public List<DeadlineKind> kinds() {
        return List.of(ACTION, REMEDY);
    }

    @Override
    public List<heard.notify.OpenDeadline> openDeadlines(LocalDate dueBy) {
        Map<Long, Optional<String>> usernames = new HashMap<>();
        return learning.dueBy(dueBy).stream().map(d -> {
            boolean action = d.kind().equals("action");
            String owner = d.ownerId() == null ? null : usernames.computeIfAbsent(d.ownerId(),
                    id -> staff.byId(id).filter(StaffMember::active).map(StaffMember::username)).orElse(null);
            String subject = d.reference() != null ? d.reference() : text("learning.deadline.noCase", d.id());
            String title = action ? text("learning.deadline.action.title", shortened(d.what()))
                    : text("learning.deadline.remedy.title", text("learning.remedyKind." + d.what()));
            return new heard.notify.OpenDeadline(action ? ACTION : REMEDY, subject, Math.toIntExact(d.id()), title,
                    d.dueOn(), owner, d.path());
        }).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static String shortened(String what) {
        return what.length() <= TITLE_LENGTH ? what : what.substring(0, TITLE_LENGTH - 1).stripTrailing() + "…";
    }
}
