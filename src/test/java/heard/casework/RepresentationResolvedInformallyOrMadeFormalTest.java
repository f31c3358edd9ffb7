package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.details;
import static heard.casework.ComplaintFixtures.on;
import static heard.casework.ResponderExtendsStageOneWithinTwentyDaysTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class RepresentationResolvedInformallyOrMadeFormalTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private static Complaint aRepresentation() {
        return Complaint.receiveRepresentation(new CaseReference("CSC-REP-1"), details(RECEIVED), on(RECEIVED));
    }

    @Test
    void aRepresentationHasNoProcedureNoStagesAndNoDeadlines() {
        Complaint representation = aRepresentation();

        assertThat(representation.recordType()).isEqualTo(RecordType.REPRESENTATION);
        assertThat(representation.procedure()).isNull();
        assertThat(representation.stages()).isEmpty();
        assertThat(ComplaintDeadlines.of(representation, STATUTORY, CALENDAR, RECEIVED)).isEmpty();
    }

    @Test
    void itClosesOnlyOnceAnswered() {
        Complaint representation = aRepresentation();
        assertRefused(() -> representation.close(RECEIVED, on(RECEIVED)), "close.representationUnanswered");

        representation.answerRepresentation(RECEIVED.plusDays(3), on(RECEIVED.plusDays(3)));
        assertRefused(() -> representation.answerRepresentation(RECEIVED.plusDays(4), on(RECEIVED.plusDays(4))),
                "representation.alreadyAnswered");
        representation.close(RECEIVED.plusDays(3), on(RECEIVED.plusDays(3)));
        assertThat(representation.isClosed()).isTrue();
    }

    @Test
    void treatedAsAFormalComplaintItsStageOneRunsFromTheDayItWasReceived() {
        Complaint representation = aRepresentation();

        representation.changeProcedure(ProcedureKind.STATUTORY, "The parent asked for a formal complaint", null,
                STATUTORY, on(RECEIVED.plusDays(5)));

        assertThat(representation.recordType()).isEqualTo(RecordType.COMPLAINT);
        assertThat(representation.stage(1).orElseThrow().requestedOn()).isEqualTo(RECEIVED);
        assertThat(ComplaintDeadlines.current(representation, STATUTORY, CALENDAR, RECEIVED.plusDays(5)))
                .map(CaseDeadline::effectiveDue).contains(CALENDAR.add(RECEIVED, 3));
    }
}
