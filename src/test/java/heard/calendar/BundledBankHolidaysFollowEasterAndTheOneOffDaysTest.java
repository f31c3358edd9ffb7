package heard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks of the bundled file that do not lean on jollyday: Easter computed here, and the one-off days named. */
class BundledBankHolidaysFollowEasterAndTheOneOffDaysTest {

    private static final Map<LocalDate, BankHoliday> BUNDLED = BundledBankHolidays.read(Instant.EPOCH).stream()
            .collect(Collectors.toMap(BankHoliday::date, holiday -> holiday));

    static List<Integer> years() {
        return BundledBankHolidaysAgreeWithJollydayTest.years();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void Good_Friday_and_Easter_Monday_are_either_side_of_Easter_Sunday(int year) {
        LocalDate easter = easterSunday(year);

        assertThat(BUNDLED.get(easter.minusDays(2))).extracting(BankHoliday::title).isEqualTo("Good Friday");
        assertThat(BUNDLED.get(easter.plusDays(1))).extracting(BankHoliday::title).isEqualTo("Easter Monday");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-05-08 | Early May bank holiday (VE day)
            2022-06-02 | Spring bank holiday
            2022-06-03 | Platinum Jubilee bank holiday
            2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II
            2023-05-08 | Bank holiday for the coronation of King Charles III
            """)
    void the_one_off_days_are_there(LocalDate date, String title) {
        assertThat(BUNDLED.get(date)).extracting(BankHoliday::title).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-12-28 | Boxing Day
            2016-12-27 | Christmas Day
            2017-01-02 | New Year’s Day
            2020-12-28 | Boxing Day
            2021-12-27 | Christmas Day
            2021-12-28 | Boxing Day
            2022-01-03 | New Year’s Day
            2022-12-27 | Christmas Day
            2023-01-02 | New Year’s Day
            2026-12-28 | Boxing Day
            2027-12-27 | Christmas Day
            2027-12-28 | Boxing Day
            """)
    void the_substitute_days_are_there_and_say_so(LocalDate date, String title) {
        assertThat(BUNDLED.get(date)).satisfies(holiday -> {
            assertThat(holiday.title()).isEqualTo(title);
            assertThat(holiday.notes()).isEqualTo("Substitute day");
        });
    }

    @Test
    void the_usual_days_moved_for_one_offs_are_not_there() {
        assertThat(BUNDLED).doesNotContainKeys(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
    }

    @Test
    void the_file_has_107_bank_holidays_13_years_of_8_and_the_three_extra_days() {
        assertThat(BUNDLED).hasSize(13 * 8 + 3);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
