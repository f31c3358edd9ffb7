package heard.casework;

import static heard.casework.ComplaintFixtures.CALENDAR;
import static heard.casework.ComplaintFixtures.STATUTORY;
import static heard.casework.ComplaintFixtures.aStageOneComplaint;
import static heard.casework.ComplaintFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.ComplaintDeadlines;
import org.junit.jupiter.api.Test;

class AcknowledgementIsChasedOnlyWhileItCanStillBeMetTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 1, 27);

    @Test
    void anUnacknowledgedStageThatHasEndedIsNoLongerOverdueForItsAcknowledgement() {
        Complaint complaint = aStageOneComplaint(RECEIVED);
        LocalDate requested = LocalDate.of(2025, 3, 7);
        complaint.requestNextStage(requested, null, STATUTORY, CALENDAR, on(requested));

        CaseDeadline acknowledgement = acknowledgement(ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR,
                LocalDate.of(2026, 1, 5)));
        assertThat(acknowledgement.closed()).isTrue();
        assertThat(acknowledgement.overdue()).isFalse();
        assertThat(acknowledgement.isPending()).isFalse();
    }

    @Test
    void aCaseFromACaseLogHasNoAcknowledgementToChaseForTheLogDoesNotRecordThem() {
        ImportedCase row = new ImportedCase(new CaseReference("LOG-1"), RecordType.COMPLAINT, ProcedureKind.STATUTORY,
                RECEIVED, Channel.EMAIL, ComplainantRole.PARENT_RELATIVE, null, null, null, null, null, null, null, null,
                null, List.of(new ImportedStage(1, null, null, false, null, null, null, null)), null, null, null, null,
                null, null, null);
        Complaint complaint = CaseLogMapping.toCase(row, kind -> STATUTORY, "log.csv on 5 January 2026 by Clare",
                on(LocalDate.of(2026, 1, 5)));

        List<CaseDeadline> deadlines = ComplaintDeadlines.of(complaint, STATUTORY, CALENDAR, LocalDate.of(2026, 1, 5));
        assertThat(deadlines).extracting(CaseDeadline::kind).containsExactly(CaseDeadline.Kind.RESPONSE);
        assertThat(deadlines.get(0).overdue()).isTrue();
    }

    private static CaseDeadline acknowledgement(List<CaseDeadline> deadlines) {
        return deadlines.stream().filter(d -> d.kind() == CaseDeadline.Kind.ACKNOWLEDGEMENT && d.stage() == 1)
                .findFirst().orElseThrow();
    }
}
