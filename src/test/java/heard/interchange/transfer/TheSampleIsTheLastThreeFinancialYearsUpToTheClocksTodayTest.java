package heard.interchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import heard.interchange.CaseLogFiles;
import heard.interchange.SampleCaseLog;
import heard.interchange.caselog.Column;
import org.junit.jupiter.api.Test;

/**
 * The sample is made on the day it is loaded, so that a newcomer's dashboard shows this year's work and open
 * cases due this week or a few days late, not a log that stopped years ago: its dates follow the clock.
 */
class TheSampleIsTheLastThreeFinancialYearsUpToTheClocksTodayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void itsDatesRunFromTheFinancialYearBeforeLastToTheClocksToday() throws Exception {
        for (LocalDate today : List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 1),
                LocalDate.of(2031, 7, 15))) {
            Collection<Map<String, String>> rows = sampleOn(today).values();
            LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);

            List<LocalDate> received = rows.stream().map(r -> LocalDate.parse(r.get("received"))).sorted().toList();
            assertThat(received.get(0)).as("first received, on " + today).isBetween(yearStart.minusYears(2),
                    yearStart.minusYears(2).plusDays(3));
            assertThat(received.get(received.size() - 1)).as("last received, on " + today)
                    .isBetween(today.minusDays(3), today);
            assertThat(rows.stream().flatMap(r -> r.entrySet().stream())
                    .filter(cell -> cell.getValue().matches("\\d{4}-\\d{2}-\\d{2}"))
                    .map(cell -> LocalDate.parse(cell.getValue()))).as("no date after " + today)
                    .allMatch(date -> !date.isAfter(today));
            long thisYear = received.stream().filter(d -> !d.isBefore(yearStart)).count();
            assertThat(thisYear).as("records this financial year, on " + today)
                    .isBetween(ChronoUnit.DAYS.between(yearStart, today) * 500 / 365 - 10,
                            ChronoUnit.DAYS.between(yearStart, today) * 500 / 365 + 10);
        }
    }

    @Test
    void theLatestComplaintsAreStillOpenAtEachStageAndTheOldOnesAreFinished() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Collection<Map<String, String>> complaints = sampleOn(today).values().stream()
                .filter(r -> r.get("record_type").equals("complaint") && !r.get("procedure").equals("non_qualifying"))
                .toList();

        Map<Integer, List<LocalDate>> openByStage = complaints.stream().filter(r -> !r.containsKey("withdrawn"))
                .filter(r -> openStage(r) > 0)
                .collect(Collectors.groupingBy(TheSampleIsTheLastThreeFinancialYearsUpToTheClocksTodayTest::openStage,
                        Collectors.mapping(r -> LocalDate.parse(r.get("received")), Collectors.toList())));
        assertThat(openByStage).containsKeys(1, 2, 3);
        // Stage 1 takes 10 working days, 20 extended: open ones were received in the last five weeks or so, some
        // long enough ago to be due this week or a few days late.
        assertThat(openByStage.get(1)).allMatch(received -> received.isAfter(today.minusDays(35)))
                .anyMatch(received -> received.isBefore(today.minusDays(14)))
                .anyMatch(received -> received.isAfter(today.minusDays(14)));
        assertThat(sampleOn(today).values()).filteredOn(r -> r.get("record_type").equals("representation")
                && !r.containsKey("responded")).allMatch(r -> LocalDate.parse(r.get("received")).isAfter(today.minusDays(16)));
    }

    @Test
    void theSameDayGivesTheSameSampleAndEveryRecordIsPlainlyFictional() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Map<String, Map<String, String>> rows = sampleOn(today);
        assertThat(rows).isEqualTo(sampleOn(today));
        assertThat(rows.values().stream().map(r -> r.get("record_type")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("complaint", "representation", "compliment", "comment", "member_enquiry");
        for (String column : SampleCaseLog.header()) {
            assertThat(rows.values()).as(column).anyMatch(r -> r.containsKey(column));
        }
        assertThat(rows.values()).allMatch(r -> r.get("summary").startsWith("Fictional: ") && r.get("reference").startsWith("SMP-"));
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

    /** The stage a complaint is open at, or 0 if every stage it reached is answered. */
    private static int openStage(Map<String, String> row) {
        if (row.containsKey("stage3_requested")) {
            return row.containsKey("stage3_response") ? 0 : 3;
        }
        if (row.containsKey("stage2_requested")) {
            return row.containsKey("stage2_response") ? 0 : 2;
        }
        return row.containsKey("stage1_response") ? 0 : 1;
    }

    private static Map<String, Map<String, String>> sampleOn(LocalDate today) throws IOException {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
        return CaseLogFiles.read(new SampleData(clock).csv());
    }
}
