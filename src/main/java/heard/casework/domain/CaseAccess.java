package heard.casework.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import heard.casework.Advocacy;
import heard.casework.Appointment;
import heard.casework.ComplainantRole;
import heard.casework.Complaint;
import heard.security.Role;
import heard.security.StaffMember;

/**
 * Who may see which case (DESIGN.md, "Who uses it"): complaints managers see every case, and complaints
 * officers every case that is not restricted; a responding manager, those allocated to them or their team; a senior manager, those
 * escalated to Stage 2 or 3 and those allocated to them; a children's rights officer, those where
 * a young person complains or has an advocate; an investigator, the Stage 2 cases they are
 * appointed to. A restricted case is seen only by the staff named on it ({@link Complaint#namedStaff()}) and
 * complaints managers, whatever else their role would let them see (docs/security.md, "Restricted records").
 * The same rule in Java (a case page) and in SQL (the case list).
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Complaints managers see every case, restricted or not. */
    public static boolean seesEverything(StaffMember member) {
        return member.has(Role.COMPLAINTS_MANAGER);
    }

    public static boolean canSee(StaffMember member, Complaint complaint) {
        if (seesEverything(member)) {
            return true;
        }
        if (complaint.isRestricted()) {
            return complaint.namedStaff().contains(member.id());
        }
        if (member.has(Role.COMPLAINTS_OFFICER)) {
            return true;
        }
        long me = member.id();
        if (member.has(Role.RESPONDING_MANAGER) && (complaint.stages().stream().anyMatch(s -> Long.valueOf(me).equals(s.responderId()))
                || member.teamId() != null && member.teamId().equals(complaint.details().teamId()))) {
            return true;
        }
        if (member.has(Role.SENIOR_MANAGER) && (complaint.stages().size() >= 2
                || complaint.stages().stream().anyMatch(s -> Long.valueOf(me).equals(s.responderId())))) {
            return true;
        }
        if (member.has(Role.CHILDRENS_RIGHTS_OFFICER) && concernsAChildsVoice(complaint)) {
            return true;
        }
        return member.has(Role.INVESTIGATOR) && complaint.stage(2)
                .filter(s -> appointed(s.investigatingOfficer(), me) || appointed(s.independentPerson(), me)).isPresent();
    }

    /**
     * The SQL condition on {@code complaint c} that selects the cases this person may see, and its
     * parameters; {@code TRUE} for those who see every case, {@code FALSE} for those who see none.
     */
    public static Condition condition(StaffMember member) {
        if (seesEverything(member)) {
            return new Condition("1 = 1", Map.of());
        }
        List<String> any = new ArrayList<>();
        if (member.has(Role.COMPLAINTS_OFFICER)) {
            any.add("1 = 1");
        }
        if (member.has(Role.RESPONDING_MANAGER)) {
            any.add("EXISTS (SELECT 1 FROM complaint_stage a WHERE a.complaint_id = c.id AND a.responder_id = :accessMe)"
                    + (member.teamId() == null ? "" : " OR c.team_id = :accessTeam"));
        }
        if (member.has(Role.SENIOR_MANAGER)) {
            any.add("c.current_stage >= 2 OR EXISTS (SELECT 1 FROM complaint_stage a WHERE a.complaint_id = c.id "
                    + "AND a.responder_id = :accessMe)");
        }
        if (member.has(Role.CHILDRENS_RIGHTS_OFFICER)) {
            any.add("c.complainant_role IN ('YOUNG_PERSON', 'ADVOCATE') OR c.advocacy = 'USED'");
        }
        if (member.has(Role.INVESTIGATOR)) {
            any.add("EXISTS (SELECT 1 FROM complaint_stage a WHERE a.complaint_id = c.id AND a.number = 2 "
                    + "AND (a.officer_staff_id = :accessMe OR a.independent_staff_id = :accessMe))");
        }
        Map<String, Object> params = member.teamId() == null ? Map.of("accessMe", member.id())
                : Map.of("accessMe", member.id(), "accessTeam", member.teamId());
        String unrestricted = any.isEmpty() ? "1 = 0"
                : "NOT " + RESTRICTED + " AND (" + String.join(" OR ", any.stream().map(a -> "(" + a + ")").toList()) + ")";
        return new Condition("((" + unrestricted + ") OR (" + RESTRICTED + " AND " + NAMED + "))", params);
    }

    /** The SQL condition on {@code complaint c} that it is restricted. */
    public static final String RESTRICTED = "EXISTS (SELECT 1 FROM complaint_restriction r WHERE r.complaint_id = c.id)";

    /** Named on case {@code c}, as {@link Complaint#namedStaff()}: any stage's responder, its investigators. */
    private static final String NAMED = "EXISTS (SELECT 1 FROM complaint_stage a WHERE a.complaint_id = c.id AND "
            + "(a.responder_id = :accessMe OR a.officer_staff_id = :accessMe OR a.independent_staff_id = :accessMe))";

    /** An SQL condition and its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {
    }

    private static boolean concernsAChildsVoice(Complaint complaint) {
        ComplainantRole role = complaint.details().complainant().role();
        return role == ComplainantRole.YOUNG_PERSON || role == ComplainantRole.ADVOCATE
                || complaint.details().advocacy() == Advocacy.USED;
    }

    private static boolean appointed(Appointment appointment, long staffId) {
        return appointment != null && appointment.staffId() != null && appointment.staffId() == staffId;
    }
}
