package heard.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The England and Wales bank holidays that come with Heard, {@value #RESOURCE}, in GOV.UK's format, loaded
 * into an empty database when Heard first starts.
 *
 * <p>GOV.UK's live file no longer reaches back to 2015, so the copy was put together from GOV.UK's file as
 * published between 2016 and 2026 (2015 to 2027, with the one-off days: VE day 2020, the Platinum Jubilee
 * and the State Funeral in 2022, the Coronation in 2023), and is checked year by year against an
 * independent holiday library by {@code BundledBankHolidaysAgreeWithJollydayTest}.
 */
@Component
class BundledBankHolidays {

    static final String RESOURCE = "calendar/bank-holidays.json";

    private final CalendarAdministration administration;

    BundledBankHolidays(CalendarAdministration administration) {
        this.administration = administration;
    }

    /** Before any runner or command uses the calendar, and once every event listener is in place to hear of it. */
    @EventListener(ApplicationStartedEvent.class)
    void loadOnFirstStart() {
        administration.loadBundledBankHolidaysIfNone();
    }

    static List<BankHoliday> read(Instant loadedAt) {
        try (InputStream in = BundledBankHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Heard's bundled bank holidays, " + RESOURCE + ", are missing from the application.");
            }
            BankHolidaysFile file = BankHolidaysFile.read(in.readAllBytes(), BankHoliday.Source.BUNDLED, loadedAt);
            if (!file.isValid()) {
                throw new IllegalStateException("Heard's bundled bank holidays, " + RESOURCE + ", cannot be read: " + file.problems());
            }
            return file.holidays();
        } catch (IOException e) {
            throw new UncheckedIOException("Heard's bundled bank holidays, " + RESOURCE + ", cannot be read.", e);
        }
    }
}
