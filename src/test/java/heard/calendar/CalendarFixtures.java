package heard.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Shared fixtures for the calendar's tests. */
final class CalendarFixtures {

    private CalendarFixtures() {
    }

    /** The calendar's messages as the application has them, for tests without Spring. */
    static CalendarMessages calendarMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/calendar");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new CalendarMessages(source);
    }

    /** The bundled bank-holidays.json, as bytes. */
    static byte[] bundledFile() {
        try (InputStream in = CalendarFixtures.class.getClassLoader().getResourceAsStream(BundledBankHolidays.RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bank-holidays.json in GOV.UK's format with these England and Wales events, and a Scottish one to ignore. */
    static byte[] fileWith(String... events) {
        return ("""
                {"england-and-wales": {"division": "england-and-wales", "events": [%s]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "St Andrew’s Day", "date": "2027-11-30", "notes": "", "bunting": true}]}}
                """.formatted(String.join(",\n", events))).getBytes(StandardCharsets.UTF_8);
    }

    /** One event of a bank-holidays.json. */
    static String event(String title, String date) {
        return """
                {"title": "%s", "date": "%s", "notes": "", "bunting": true}""".formatted(title, date);
    }

    /** The eight usual England and Wales bank holidays of 2028, as GOV.UK lists them. */
    static String[] eventsOf2028() {
        return new String[] {
                event("New Year’s Day", "2028-01-03"),
                event("Good Friday", "2028-04-14"),
                event("Easter Monday", "2028-04-17"),
                event("Early May bank holiday", "2028-05-01"),
                event("Spring bank holiday", "2028-05-29"),
                event("Summer bank holiday", "2028-08-28"),
                event("Christmas Day", "2028-12-25"),
                event("Boxing Day", "2028-12-26")};
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
