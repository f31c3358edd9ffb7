package heard.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BundledSampleIsTheGeneratorsFictionTest {

    /** Regenerate after changing the generator: {@code SampleCaseLog.of(2025, 1500, 2022-04-01, 2025-03-31).writeCsv(...)}. */
    @Test
    void theBundledFileIsExactlyWhatTheGeneratorMakesFromItsSeed() throws Exception {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        SampleCaseLog.of(2025, 1500, LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31)).writeCsv(generated);
        try (InputStream bundled = new SampleData().open()) {
            assertThat(bundled.readAllBytes()).isEqualTo(generated.toByteArray());
        }
    }

    @Test
    void itHasEveryRecordTypeAndColumnAndIsPlainlyFictional() throws Exception {
        Map<String, Map<String, String>> rows;
        try (InputStream bundled = new SampleData().open()) {
            rows = CaseLogFiles.read(bundled.readAllBytes());
        }
        Collection<Map<String, String>> all = rows.values();

        assertThat(all).hasSize(1500);
        assertThat(all.stream().map(r -> r.get("record_type")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("complaint", "representation", "compliment", "comment", "member_enquiry");
        for (String column : SampleCaseLog.header()) {
            assertThat(all).as(column).anyMatch(r -> r.containsKey(column));
        }
        assertThat(all).allMatch(r -> r.get("summary").startsWith("Fictional: ") && r.get("reference").startsWith("SMP-"));
        assertThat(all).allMatch(r -> !LocalDate.parse(r.get("received")).isBefore(LocalDate.of(2022, 4, 1)));
    }

    @Test
    void aboutOneInFiveStageOneAnswersGoToStageTwoAndAboutThreeInTenStatutoryStageTwosToStageThree() {
        var rows = SampleCaseLog.of(7, 20_000, LocalDate.of(2020, 4, 1), LocalDate.of(2025, 3, 31)).rows()
                .filter(r -> r.get(Column.RECORD_TYPE.ordinal()).equals("complaint")).toList();
        long answered = rows.stream().filter(r -> !r.get(Column.STAGE1_RESPONSE.ordinal()).isEmpty()).count();
        long toStageTwo = rows.stream().filter(r -> !r.get(Column.STAGE1_RESPONSE.ordinal()).isEmpty()
                && !r.get(Column.STAGE2_REQUESTED.ordinal()).isEmpty()).count();
        var statutoryAnsweredAtTwo = rows.stream().filter(r -> r.get(Column.PROCEDURE.ordinal()).equals("statutory")
                && !r.get(Column.STAGE2_RESPONSE.ordinal()).isEmpty()).toList();
        long toStageThree = statutoryAnsweredAtTwo.stream()
                .filter(r -> !r.get(Column.STAGE3_REQUESTED.ordinal()).isEmpty()).count();

        assertThat((double) toStageTwo / answered).isBetween(0.15, 0.25);
        assertThat((double) toStageThree / statutoryAnsweredAtTwo.size()).isBetween(0.25, 0.35);
    }
}
