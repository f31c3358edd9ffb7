package heard.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint someone made without an officer taking it down (on the council's website, say), to go
 * into the log form filled in, for a complaints officer to check, complete and log ({@link LogForm}).
 *
 * @param submission the id the case is logged under: one case at most comes of it, and
 *                   {@link SubmissionLogged} names it when the case is logged
 * @param origin     where it came from, as the log form shows it (the submission's reference)
 * @param childName  null when the complainant is the child
 * @param advocacy   null when the officer is to say
 */
public record ComplaintToLog(UUID submission, String origin, LocalDate receivedOn, Channel channel,
                             ProcedureKind procedure, String complainantName, String complainantAddress,
                             String complainantPhone, String complainantEmail, ComplainantRole role, String childName,
                             boolean onChildsBehalf, ChildConsent childConsent, Advocacy advocacy, Long serviceAreaId,
                             String element, String desiredOutcome) {
}
