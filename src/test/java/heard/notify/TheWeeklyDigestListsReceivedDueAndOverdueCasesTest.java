package heard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.domain.RestrictionReason;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.SentMessage;
import heard.notify.reminders.WeeklyDigest;
import heard.security.Role;
import heard.security.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On Monday morning each complaints manager and children's rights officer gets the week's picture of the cases
 * they may see, each line linking to its case; run twice, it goes once. A restricted case it names is in the
 * audit trail as shown to its reader, once, as every showing of a restricted case is.
 */
class TheWeeklyDigestListsReceivedDueAndOverdueCasesTest extends NotifyTestContext {

    @Autowired
    WeeklyDigest digest;
    @Autowired
    AuditTrail audit;

    @Test
    void receivedLastWeekDueThisWeekAndOverdueEachLinkedAndARestrictedOneRecordedAsShown() {
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        StaffMember rightsOfficer = staff("Rory Rights", Role.CHILDRENS_RIGHTS_OFFICER);
        at(LocalDate.of(2027, 2, 3), LocalTime.of(10, 0));
        // Received on Wednesday 3 February: acknowledgement due Monday 8th, this digest's week.
        CaseReference dueThisWeek = aStageOneComplaint(officer, LocalDate.of(2027, 2, 3), pat());
        // Received on 20 January: acknowledgement due 25 January, overdue.
        CaseReference overdue = aStageOneComplaint(officer, LocalDate.of(2027, 1, 20), pat());
        // The child's family is known to staff: seen by the complaints manager, and by nobody else here.
        CaseReference restricted = aStageOneComplaint(officer, LocalDate.of(2027, 2, 3), pat());
        move(manager, restricted, (ref, version) -> casework.restrict(ref, version, RestrictionReason.KNOWN_TO_STAFF, null));

        at(LocalDate.of(2027, 2, 8), LocalTime.of(7, 0));
        digest.send();
        digest.send();

        SentMessage toManager = outbox.forStaff(manager.id(), 10).stream()
                .filter(m -> m.kind() == MessageKind.DIGEST).findFirst().orElseThrow();
        assertThat(outbox.forStaff(manager.id(), 10).stream().filter(m -> m.kind() == MessageKind.DIGEST)).hasSize(1);
        assertThat(toManager.subject()).isEqualTo("Complaints this week: the week of 8 February 2027");
        String body = toManager.body();
        String received = body.substring(body.indexOf("# Received last week"), body.indexOf("# Due this week"));
        String dueWeek = body.substring(body.indexOf("# Due this week"), body.indexOf("# Overdue"));
        String late = body.substring(body.indexOf("# Overdue"));
        assertThat(received).contains(dueThisWeek.value() + " – due 8 February 2027: https://heard.council.example/cases/"
                + dueThisWeek.value());
        assertThat(dueWeek).contains(dueThisWeek.value()).doesNotContain(overdue.value());
        assertThat(late).contains(overdue.value() + " – due 25 January 2027").doesNotContain(dueThisWeek.value());
        assertThat(dueWeek).contains(restricted.value());
        // Every complaints manager of the database has a digest naming it: this one's showing is recorded once.
        assertThat(shownIn(restricted)).containsOnlyOnce("Shown to " + manager.username() + " in the weekly digest of 2027-02-08")
                .noneMatch(s -> s.contains(rightsOfficer.username()));
        assertThat(shownIn(overdue)).as("a case that is not restricted").isEmpty();
        // A parent's complaint with no advocate used is not one the children's rights officer sees.
        assertThat(outbox.forStaff(rightsOfficer.id(), 10)).singleElement()
                .satisfies(m -> assertThat(m.body()).doesNotContain(dueThisWeek.value()).doesNotContain(overdue.value()));
    }

    /** What the audit trail says of each showing of the case in something sent. */
    private List<String> shownIn(CaseReference reference) {
        return audit.history(new AuditSubject("case", reference.value())).stream()
                .filter(e -> e.action().equals("viewed") && e.summary() != null && e.summary().startsWith("Shown to "))
                .map(AuditEvent::summary).toList();
    }
}
