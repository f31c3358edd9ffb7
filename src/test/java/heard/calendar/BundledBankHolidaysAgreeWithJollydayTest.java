package heard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heard's bundled bank holidays were put together by hand from several years of GOV.UK's file, so each
 * year is checked against jollyday, which derives them from the rules (substitute days included) and knows
 * the one-off days of 2020, 2022 and 2023. Subdivision "eng" is England: the old id "en" finds no
 * subdivision and silently leaves out Easter Monday and the Summer bank holiday.
 */
class BundledBankHolidaysAgreeWithJollydayTest {

    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private static final List<BankHoliday> BUNDLED = BundledBankHolidays.read(Instant.EPOCH);

    static List<Integer> years() {
        return List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void the_bundled_bank_holidays_of_the_year_are_jollydays_for_England(int year) {
        Set<LocalDate> jollyday = UNITED_KINGDOM.getHolidays(Year.of(year), "eng").stream()
                .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                // getDate() is the day off: the substitute day when the holiday itself falls at a weekend.
                .map(Holiday::getDate)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(bundledIn(year)).isEqualTo(jollyday);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void every_year_has_at_least_the_eight_usual_bank_holidays_and_none_at_a_weekend(int year) {
        assertThat(bundledIn(year)).hasSizeGreaterThanOrEqualTo(8)
                .noneMatch(WorkingDayTable::isWeekend);
    }

    private static Set<LocalDate> bundledIn(int year) {
        return BUNDLED.stream().map(BankHoliday::date).filter(date -> date.getYear() == year)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
