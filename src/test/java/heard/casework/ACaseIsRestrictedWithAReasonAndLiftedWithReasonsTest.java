package heard.casework;

import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import heard.casework.domain.CaseAccess;
import heard.casework.domain.Move;
import heard.casework.domain.RestrictionReason;
import heard.security.Role;
import heard.security.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * The case owns its restriction: it is marked with a reason (another reason only with words), once, and lifted
 * only with reasons; each is in the timeline and raises {@link CaseRestrictionChanged}. While it is restricted,
 * only the staff named on it and complaints managers see it, whatever the role of anyone else.
 */
class ACaseIsRestrictedWithAReasonAndLiftedWithReasonsTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);
    static final LocalDate TODAY = RECEIVED.plusDays(3);

    @Test
    void aReasonIsNeededAndAnotherReasonNeedsWords() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        assertRefused(() -> complaint.restrict(null, null, on(TODAY)), "restrict.reason.missing");
        assertRefused(() -> complaint.restrict(RestrictionReason.OTHER, "  ", on(TODAY)), "restrict.otherReason.missing");
        assertRefused(() -> complaint.restrict(RestrictionReason.OTHER, "x".repeat(501), on(TODAY)),
                "restrict.otherReason.tooLong");
        assertThat(complaint.isRestricted()).isFalse();
        assertThat(complaint.takeEvents()).noneMatch(CaseRestrictionChanged.class::isInstance);

        complaint.restrict(RestrictionReason.OTHER, " The foster carer works here ", on(TODAY));
        assertThat(complaint.restriction()).hasValueSatisfying(r -> {
            assertThat(r.otherReason()).isEqualTo("The foster carer works here");
            assertThat(r.restrictedOn()).isEqualTo(TODAY);
        });
        assertRefused(() -> complaint.restrict(RestrictionReason.KNOWN_TO_STAFF, null, on(TODAY)), "restrict.already");
        assertThat(complaint.takeEvents()).containsExactly(new CaseRestrictionChanged(complaint.reference(), true, TODAY));
    }

    @Test
    void theRestrictionIsLiftedOnlyWithReasonsAndOnlyWhenThereIsOne() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        assertRefused(() -> complaint.liftRestriction("No longer needed", on(TODAY)), "liftRestriction.notRestricted");
        complaint.restrict(RestrictionReason.STAFF_COMPLAINANT, "ignored for a listed reason", on(TODAY));
        assertThat(complaint.restriction().orElseThrow().otherReason()).isNull();
        assertRefused(() -> complaint.liftRestriction(" ", on(TODAY)), "liftRestriction.reasons.missing");
        assertThat(complaint.isRestricted()).isTrue();

        complaint.liftRestriction("The member of staff has left", on(TODAY));
        assertThat(complaint.isRestricted()).isFalse();
        assertThat(complaint.timeline()).extracting(TimelineEntry::event)
                .contains(TimelineEntry.Event.RESTRICTED, TimelineEntry.Event.RESTRICTION_LIFTED);
    }

    @Test
    void onlyTheStaffNamedOnARestrictedCaseAndComplaintsManagersSeeIt() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        complaint.allocate(1, 7L, "Rita Responder", on(TODAY));
        StaffMember officer = member(1, Role.COMPLAINTS_OFFICER, null);
        StaffMember manager = member(2, Role.COMPLAINTS_MANAGER, null);
        StaffMember responder = member(7, Role.RESPONDING_MANAGER, null);
        StaffMember teamMate = member(8, Role.RESPONDING_MANAGER, complaint.details().teamId());
        StaffMember allocatedOfficer = member(7, Role.COMPLAINTS_OFFICER, null);
        assertThat(CaseAccess.canSee(officer, complaint)).isTrue();

        complaint.restrict(RestrictionReason.KNOWN_TO_STAFF, null, on(TODAY));
        assertThat(complaint.namedStaff()).containsExactly(7L);
        assertThat(CaseAccess.canSee(officer, complaint)).isFalse();
        assertThat(CaseAccess.canSee(teamMate, complaint)).isFalse();
        assertThat(CaseAccess.canSee(manager, complaint)).isTrue();
        assertThat(CaseAccess.canSee(responder, complaint)).isTrue();
        assertThat(CaseAccess.canSee(allocatedOfficer, complaint)).isTrue();
        assertThat(Move.LIFT_RESTRICTION.allowedFor(officer, 1)).isFalse();
        assertThat(Move.LIFT_RESTRICTION.allowedFor(manager, 1)).isTrue();
        assertThat(Move.RESTRICT.allowedFor(officer, 1)).isTrue();
        assertThat(Move.RESTRICT.allowedFor(responder, 1)).isFalse();
    }

    private static StaffMember member(long id, Role role, Long teamId) {
        return new StaffMember(id, "user" + id, "User " + id, null, Set.of(role), teamId, true);
    }
}
