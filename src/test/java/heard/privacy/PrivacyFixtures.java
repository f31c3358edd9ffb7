package heard.privacy;

import static heard.testing.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.ChildConsent;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.ElementFinding;
import heard.casework.Ethnicity;
import heard.casework.Money;
import heard.casework.NewComplaint;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.Remedy;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.TestClock;

/** People and closed cases in the states the privacy scenarios start from. */
final class PrivacyFixtures {

    private final Casework casework;
    private final TestClock clock;
    final String officer;
    final String manager;
    final StaffMember responder;

    PrivacyFixtures(Casework casework, StaffAccounts accounts, TestClock clock) {
        this.casework = casework;
        this.clock = clock;
        String run = UUID.randomUUID().toString().substring(0, 8);
        officer = create(accounts, "olive-" + run, "Olive Officer", Role.COMPLAINTS_OFFICER).username();
        manager = create(accounts, "mary-" + run, "Mary Manager", Role.COMPLAINTS_MANAGER).username();
        responder = create(accounts, "rita-" + run, "Rita Responder", Role.RESPONDING_MANAGER);
    }

    private static StaffMember create(StaffAccounts accounts, String username, String name, Role role) {
        return accounts.create(new NewStaffAccount(username, name, null, Set.of(role), null, true)).member();
    }

    static ComplaintDetails details(LocalDate receivedOn, String parent, String email, String phone, String child,
                                    LocalDate born) {
        return new ComplaintDetails(receivedOn, Channel.TELEPHONE,
                new Complainant(parent, "1 High Street, Anytown", phone, email, ComplainantRole.PARENT_RELATIVE),
                new Child(child, born, null, Sex.FEMALE, Ethnicity.parse("WBRI"), false),
                true, ChildConsent.AGREES, Advocacy.OFFERED, "Coram Voice", null, null, List.of(),
                List.of(child + "'s social worker did not return " + parent + "'s calls", "The review was cancelled twice"),
                "An apology from " + child + "'s social worker", "Communication with " + parent, null);
    }

    /** A statutory complaint received on {@code on}, answered partly upheld a week later and closed the day after. */
    CaseReference aClosedComplaint(LocalDate on, ComplaintDetails details) {
        clock.setDate(on);
        CaseReference ref = as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY,
                "About the family's social worker", null)));
        as(officer, () -> casework.acknowledge(ref, 0, 1, on));
        as(officer, () -> casework.allocate(ref, 1, 1, responder.id()));
        LocalDate answered = on.plusDays(7);
        clock.setDate(answered);
        as(responder.username(), () -> casework.respond(ref, 2, 1, answered, Outcome.PARTIALLY_UPHELD,
                List.of(new ElementFinding(1, Outcome.UPHELD, "Calls to " + details.complainant().name() + " were missed"),
                        new ElementFinding(2, Outcome.NOT_UPHELD, null)),
                List.of(new Remedy(RemedyType.FINANCIAL_REMEDY, Money.of("150.00"), "For " + details.child().name())),
                List.of("Return calls within two days")));
        LocalDate closed = answered.plusDays(1);
        clock.setDate(closed);
        as(manager, () -> casework.close(ref, 3, closed));
        return ref;
    }

    /** A complaint received on {@code on} and not yet answered. */
    CaseReference anOpenComplaint(LocalDate on, ComplaintDetails details) {
        clock.setDate(on);
        return as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY, "About a visit", null)));
    }
}
