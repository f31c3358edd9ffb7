package heard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The timescales of the statutory procedure, in working days, as DESIGN.md states them. */
class StatutoryTimescalesAreThoseOfTheRegulationsTest {

    @Test
    void stage_1_is_10_working_days_extendable_to_20() {
        assertThat(StatutoryTimescales.STAGE_1.target()).isEqualTo(WorkingDays.of(10));
        assertThat(StatutoryTimescales.STAGE_1.extendedTo()).contains(WorkingDays.of(20));
    }

    @Test
    void stage_2_is_25_working_days_extendable_to_65() {
        assertThat(StatutoryTimescales.STAGE_2.target()).isEqualTo(WorkingDays.of(25));
        assertThat(StatutoryTimescales.STAGE_2.extendedTo()).contains(WorkingDays.of(65));
    }

    @Test
    void stage_3_panel_meets_in_30_reports_in_5_and_the_authority_answers_in_15() {
        assertThat(StatutoryTimescales.STAGE_3_PANEL).isEqualTo(Timescale.of("Stage 3 review panel", 30));
        assertThat(StatutoryTimescales.STAGE_3_PANEL_REPORT.target()).isEqualTo(WorkingDays.of(5));
        assertThat(StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.target()).isEqualTo(WorkingDays.of(15));
        assertThat(StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE.extendedTo()).isEqualTo(Optional.empty());
    }

    @Test
    void the_next_stage_is_requested_within_20_and_member_enquiries_answered_within_5() {
        assertThat(StatutoryTimescales.ESCALATION_REQUEST.target()).isEqualTo(WorkingDays.of(20));
        assertThat(StatutoryTimescales.MEMBER_ENQUIRY.target()).isEqualTo(WorkingDays.of(5));
    }
}
