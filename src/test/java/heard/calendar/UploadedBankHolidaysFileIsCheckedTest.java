package heard.calendar;

import static heard.calendar.CalendarFixtures.event;
import static heard.calendar.CalendarFixtures.eventsOf2028;
import static heard.calendar.CalendarFixtures.fileWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A bank-holidays.json is read for England and Wales, and anything wrong with it is named with where it is. */
class UploadedBankHolidaysFileIsCheckedTest {

    private static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");

    private final CalendarMessages messages = CalendarFixtures.calendarMessages();

    @Test
    void a_file_in_GOV_UK_format_gives_its_England_and_Wales_holidays_and_ignores_Scotland() {
        BankHolidaysFile file = read(fileWith(eventsOf2028()));

        assertThat(file.isValid()).isTrue();
        assertThat(file.holidays()).hasSize(8)
                .allSatisfy(holiday -> assertThat(holiday.source()).isEqualTo(BankHoliday.Source.UPLOADED))
                .allSatisfy(holiday -> assertThat(holiday.loadedAt()).isEqualTo(NOW));
        assertThat(file.holidays().get(0)).isEqualTo(new BankHoliday(LocalDate.parse("2028-01-03"), "New Year’s Day", "", true,
                BankHoliday.Source.UPLOADED, NOW));
        assertThat(file.years()).isEqualTo(DateRange.of(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31")));
    }

    @Test
    void the_bundled_file_reads_without_a_problem() {
        assertThat(read(CalendarFixtures.bundledFile()).holidays()).hasSize(107);
    }

    @Test
    void a_file_saved_with_a_byte_order_mark_is_read() {
        byte[] file = fileWith(eventsOf2028());
        byte[] marked = new byte[file.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(file, 0, marked, 3, file.length);

        assertThat(read(marked).holidays()).hasSize(8);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(problems(new byte[0])).containsExactly(
                "The file is empty. Choose the bank-holidays.json file downloaded from GOV.UK.");
        assertThat(problems("  \n".getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void a_file_that_is_not_JSON_is_refused_naming_the_line_and_column() {
        byte[] broken = """
                {"england-and-wales": {"division": "england-and-wales",
                  "events": [{"title": "Boxing Day" "date": "2028-12-26"}]}}
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(problems(broken)).singleElement().asString()
                .startsWith("The file is not valid JSON at line 2, column ");
    }

    @Test
    void a_file_without_england_and_wales_is_refused() {
        byte[] scotlandOnly = """
                {"scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2028-11-30"}]}}
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(problems(scotlandOnly)).containsExactly("The file has no \"england-and-wales\" division."
                + " Heard uses the England and Wales bank holidays from GOV.UK’s bank-holidays.json.");
        assertThat(problems("[]".getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("The file is not in the format of GOV.UK’s bank-holidays.json");
    }

    @Test
    void a_division_without_events_is_refused() {
        assertThat(problems(fileWith())).containsExactly(
                "The \"england-and-wales\" division of the file has no \"events\" list, or the list is empty.");
    }

    @Test
    void a_date_that_does_not_exist_is_refused_naming_the_event() {
        assertThat(problems(fileWith(event("Good Friday", "2028-04-14"), event("Leap day", "2027-02-29"))))
                .containsExactly("Event 2 of \"england-and-wales\" (\"Leap day\") has the date 2027-02-29,"
                        + " which is not a real date written as yyyy-mm-dd.");
    }

    @Test
    void a_date_in_another_format_or_missing_is_refused() {
        byte[] file = fileWith(
                event("Christmas Day", "25/12/2028"),
                """
                {"title": "Boxing Day", "notes": ""}""",
                """
                {"title": "Good Friday", "date": 20280414}""",
                """
                {"date": "2028-01-03"}""");

        assertThat(problems(file)).containsExactly(
                "Event 1 of \"england-and-wales\" (\"Christmas Day\") has the date 25/12/2028, which is not a real date written as yyyy-mm-dd.",
                "Event 2 of \"england-and-wales\" (\"Boxing Day\") has no date.",
                "Event 3 of \"england-and-wales\" (\"Good Friday\") has the date 20280414, which is not a real date written as yyyy-mm-dd.",
                "Event 4 of \"england-and-wales\" has no title.");
    }

    @Test
    void an_event_that_is_not_an_object_or_has_overlong_text_is_refused() {
        byte[] file = fileWith(
                "\"Christmas Day\"",
                event("x".repeat(201), "2028-12-25"),
                """
                {"title": "Boxing Day", "date": "2028-12-26", "notes": "%s"}""".formatted("n".repeat(201)));

        assertThat(problems(file)).containsExactly(
                "Event 1 of \"england-and-wales\" is not an object with a title and a date.",
                "Event 2 of \"england-and-wales\" has a title of 201 characters: Heard keeps at most 200.",
                "Event 3 of \"england-and-wales\" (\"Boxing Day\") has notes of 201 characters: Heard keeps at most 200.");
    }

    @Test
    void two_events_on_one_day_are_refused() {
        assertThat(problems(fileWith(event("Christmas Day", "2028-12-25"), event("Christmas Day again", "2028-12-25"))))
                .containsExactly("Events 1 and 2 of \"england-and-wales\" are both on 25 December 2028.");
    }

    @Test
    void bunting_and_notes_of_the_wrong_kind_are_refused() {
        byte[] file = fileWith("""
                {"title": "Boxing Day", "date": "2028-12-26", "notes": 3, "bunting": "yes"}""");

        assertThat(problems(file)).containsExactly(
                "Event 1 of \"england-and-wales\" (\"Boxing Day\") has \"notes\" that are not text.",
                "Event 1 of \"england-and-wales\" (\"Boxing Day\") has \"bunting\" that is not true or false.");
    }

    @Test
    void a_year_missing_between_the_first_and_the_last_is_refused() {
        assertThat(problems(fileWith(event("Christmas Day", "2026-12-25"), event("Christmas Day", "2028-12-25"))))
                .containsExactly("The file has no England and Wales bank holidays in 2027, though it has some in 2026 and in 2028.");
    }

    @Test
    void a_file_with_very_many_problems_lists_twenty_and_counts_the_rest() {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            events.add(event("Day " + i, "not a date"));
        }

        List<String> problems = problems(fileWith(events.toArray(String[]::new)));

        assertThat(problems).hasSize(21).last().isEqualTo("There are 5 more problems in the file.");
    }

    @Test
    void a_file_far_too_large_to_be_a_bank_holidays_file_is_refused_unread() {
        assertThat(problems(new byte[BankHolidaysFile.MAX_BYTES + 1])).singleElement().asString()
                .startsWith("The file is 2000001 bytes, too large for a bank-holidays.json");
    }

    private BankHolidaysFile read(byte[] content) {
        return BankHolidaysFile.read(content, BankHoliday.Source.UPLOADED, NOW);
    }

    private List<String> problems(byte[] content) {
        BankHolidaysFile file = read(content);
        assertThat(file.holidays()).as("a file with problems gives no holidays").isEmpty();
        return file.problems().stream().map(messages::text).toList();
    }
}
