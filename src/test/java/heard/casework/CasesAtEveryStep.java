package heard.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import heard.casework.domain.RestrictionReason;
import heard.casework.domain.SuspensionReason;
import heard.testing.SignedIn;

/**
 * Cases made through Casework's API as a complaints manager, each at the step where one of the case's moves
 * is open: for tests that call every page of a case (the authorization matrix) and of people's access to it.
 * A responding manager, an investigator and an independent person are named by their accounts' ids.
 */
public final class CasesAtEveryStep {

    private final Casework casework;
    private final String manager;
    private final LocalDate today;

    public CasesAtEveryStep(Casework casework, Clock clock, String managerUsername) {
        this.casework = casework;
        this.manager = managerUsername;
        this.today = LocalDate.now(clock);
    }

    /** The people a case names: who answers Stage 1, who investigates, who is the independent person, who adjudicates. */
    public record People(long responder, long investigator, long independentPerson, long senior) {
    }

    /** What a case is about, and who makes it. */
    public record About(ComplainantRole complainant, Advocacy advocacy, Long teamId) {

        /** A young person complains for themselves, so a children's rights officer sees the case. */
        public static About aYoungPerson() {
            return new About(ComplainantRole.YOUNG_PERSON, Advocacy.OFFERED, null);
        }

        /** A parent complains without an advocate: a case a children's rights officer has no part in. */
        public static About aParent(Long teamId) {
            return new About(ComplainantRole.PARENT_RELATIVE, Advocacy.NOT_OFFERED, teamId);
        }
    }

    /** A statutory complaint received 40 days ago, logged and nothing more. */
    public CaseReference received(About about) {
        return as(() -> casework.log(new NewComplaint(details(about, today.minusDays(40), null), ProcedureKind.STATUTORY,
                "A child in need's family about their social worker", null)));
    }

    /** Received, and Stage 1 allocated to the responding manager: open to acknowledge, answer, extend. */
    public CaseReference stageOne(About about, People people) {
        CaseReference ref = received(about);
        change(ref, v -> casework.allocate(ref, v, 1, people.responder()));
        return ref;
    }

    /** Stage 1 answered (not upheld): open to close or to escalate. */
    public CaseReference answered(About about, People people) {
        CaseReference ref = stageOne(about, people);
        change(ref, v -> casework.respond(ref, v, 1, today.minusDays(30), Outcome.NOT_UPHELD,
                List.of(new ElementFinding(1, Outcome.NOT_UPHELD, null)), List.of(), List.of()));
        return ref;
    }

    /** Answered and closed: open to reopen. */
    public CaseReference closed(About about, People people) {
        CaseReference ref = answered(about, people);
        change(ref, v -> casework.close(ref, v, today.minusDays(29)));
        return ref;
    }

    /** Stage 2 requested, the investigating officer and independent person appointed: the statement to agree. */
    public CaseReference stageTwo(About about, People people) {
        CaseReference ref = answered(about, people);
        change(ref, v -> casework.requestNextStage(ref, v, today.minusDays(28), null));
        change(ref, v -> casework.appointInvestigators(ref, v,
                new Appointment("Ivan Investigator", today.minusDays(27), false, people.investigator()),
                new Appointment("Ida Independent", today.minusDays(27), true, people.independentPerson())));
        return ref;
    }

    /** Stage 2 investigated and reported: open to adjudicate. */
    public CaseReference stageTwoReported(About about, People people) {
        CaseReference ref = stageTwo(about, people);
        change(ref, v -> casework.agreeStatement(ref, v, today.minusDays(26)));
        change(ref, v -> casework.recordInvestigationReport(ref, v, today.minusDays(20)));
        return ref;
    }

    /** Stage 3 requested after the adjudication, its panel appointed: open to hold the panel. */
    public CaseReference stageThree(About about, People people) {
        CaseReference ref = stageTwoReported(about, people);
        change(ref, v -> casework.adjudicate(ref, v, people.senior(), today.minusDays(18), Outcome.NOT_UPHELD,
                List.of(new ElementFinding(1, Outcome.NOT_UPHELD, null)), List.of(), List.of()));
        change(ref, v -> casework.requestNextStage(ref, v, today.minusDays(15), null));
        change(ref, v -> casework.appointPanel(ref, v, new Appointment("Chris Chair", today.minusDays(14), true),
                new Appointment("Pam Panel", today.minusDays(14), true), new Appointment("Pete Panel", today.minusDays(14), true)));
        return ref;
    }

    /** The panel held: its report to record. */
    public CaseReference panelHeld(About about, People people) {
        CaseReference ref = stageThree(about, people);
        change(ref, v -> casework.holdPanel(ref, v, today.minusDays(10)));
        return ref;
    }

    /** The panel reported: the authority's answer to give. */
    public CaseReference panelReported(About about, People people) {
        CaseReference ref = panelHeld(about, people);
        change(ref, v -> casework.recordPanelReport(ref, v, today.minusDays(8)));
        return ref;
    }

    /** Stage 1 suspended for court proceedings: open to resume. */
    public CaseReference suspended(About about, People people) {
        CaseReference ref = stageOne(about, people);
        change(ref, v -> casework.suspend(ref, v, today.minusDays(20), SuspensionReason.COURT_PROCEEDINGS));
        return ref;
    }

    /** About a matter of two years ago: awaiting the complaints manager's decision to accept it late. */
    public CaseReference late(About about) {
        return as(() -> casework.log(new NewComplaint(details(about, today.minusDays(40), today.minusYears(2)),
                ProcedureKind.STATUTORY, "A family about a placement", null)));
    }

    /** A representation, not yet answered. */
    public CaseReference representation(About about) {
        return as(() -> casework.log(new NewComplaint(RecordType.REPRESENTATION, details(about, today.minusDays(40), null),
                null, null, null)));
    }

    /** The case restricted to the staff named on it and complaints managers: the child is known to staff. */
    public CaseReference restricted(CaseReference ref) {
        change(ref, v -> casework.restrict(ref, v, RestrictionReason.KNOWN_TO_STAFF, null));
        return ref;
    }

    /** The case's restriction lifted by the complaints manager. */
    public void liftRestriction(CaseReference ref) {
        change(ref, v -> casework.liftRestriction(ref, v, "The member of staff has left the council"));
    }

    /** The case's version, as the complaints manager sees it. */
    public int version(CaseReference ref) {
        return as(() -> casework.view(ref).orElseThrow().complaint().version());
    }

    private void change(CaseReference ref, Consumer<Integer> move) {
        SignedIn.as(manager, () -> move.accept(casework.view(ref).orElseThrow().complaint().version()));
    }

    private <T> T as(java.util.function.Supplier<T> step) {
        return SignedIn.as(manager, step);
    }

    private static ComplaintDetails details(About about, LocalDate receivedOn, LocalDate matterOccurredOn) {
        boolean young = about.complainant() == ComplainantRole.YOUNG_PERSON;
        return new ComplaintDetails(receivedOn, Channel.TELEPHONE,
                new Complainant(young ? "Jo Young" : "Pat Parent", null, "07700 900123", null, about.complainant()),
                new Child(young ? "Jo Young" : "Sam Child", receivedOn.minusYears(14), null, Sex.FEMALE, Ethnicity.parse("WBRI"),
                        false),
                !young, young ? null : ChildConsent.AGREES, about.advocacy(), null, null, about.teamId(), List.of(),
                List.of("The social worker did not return calls"), "An apology", null, matterOccurredOn);
    }
}
