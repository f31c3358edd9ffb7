package heard.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.Casework;
import heard.casework.Channel;
import heard.casework.Child;
import heard.casework.Complainant;
import heard.casework.ComplainantRole;
import heard.casework.ComplaintDetails;
import heard.casework.ElementFinding;
import heard.casework.NewComplaint;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.SignedIn;

/** Staff, complaints and answers for the register's tests, made through the other modules' APIs. */
final class LearningFixtures {

    private LearningFixtures() {
    }

    /** A member of staff with a role and an account of their own; returns the account. */
    static CreatedAccount aMember(StaffAccounts accounts, String name, Role role) {
        String username = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewStaffAccount(username, name, null, Set.of(role), null, true));
    }

    /** A statutory complaint received on a day, logged by an officer (the clock must be on or after it). */
    static CaseReference aComplaint(Casework casework, String officer, LocalDate receivedOn) {
        ComplaintDetails details = new ComplaintDetails(receivedOn, Channel.TELEPHONE,
                new Complainant("Pat Parent", null, "07700 900123", null, ComplainantRole.PARENT_RELATIVE), Child.none(),
                false, null, Advocacy.NOT_OFFERED, null, null, null, List.of(),
                List.of("The social worker did not return calls"), null, null, null);
        return SignedIn.as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY,
                "A parent about their child's social worker", null)));
    }

    /** The Stage 1 answer, sent on a day, not upheld, committing the council to actions. */
    static void answerStageOne(Casework casework, String officer, CaseReference ref, LocalDate on, String... actions) {
        SignedIn.as(officer, () -> casework.respond(ref, casework.view(ref).orElseThrow().complaint().version(), 1, on,
                Outcome.NOT_UPHELD, List.of(new ElementFinding(1, Outcome.NOT_UPHELD, "Calls were returned within the week")),
                List.of(), List.of(actions)));
    }
}
