package heard.ombudsman;

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
import heard.casework.NewComplaint;
import heard.casework.ProcedureKind;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.SignedIn;

/** Complaints for the Ombudsman to look into, logged through casework's API by a complaints officer. */
final class OmbudsmanFixtures {

    private OmbudsmanFixtures() {
    }

    /** A complaints officer with an account of their own; returns the username. */
    static String anOfficer(StaffAccounts accounts) {
        String username = "olive-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewStaffAccount(username, "Olive Officer", null, Set.of(Role.COMPLAINTS_OFFICER), null, true));
        return username;
    }

    /** A statutory complaint received on a day (the clock must be on or after it). */
    static CaseReference aComplaint(Casework casework, String officer, LocalDate receivedOn) {
        ComplaintDetails details = new ComplaintDetails(receivedOn, Channel.TELEPHONE,
                new Complainant("Pat Parent", null, "07700 900123", null, ComplainantRole.PARENT_RELATIVE), Child.none(),
                false, null, Advocacy.NOT_OFFERED, null, null, null, List.of(),
                List.of("The social worker did not return calls"), null, null, null);
        return SignedIn.as(officer, () -> casework.log(new NewComplaint(details, ProcedureKind.STATUTORY,
                "A parent about their child's social worker", null)));
    }
}
