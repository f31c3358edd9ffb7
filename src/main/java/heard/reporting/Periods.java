package heard.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The period a page or download asks for, from its {@code from} and {@code to} parameters. */
final class Periods {

    private Periods() {
    }

    /**
     * Both dates give the period; neither gives the financial year of today. One without the other, or an
     * end before the start, is a bad request (pages offer only whole choices, so this is a mistyped address).
     */
    static ReportPeriod chosen(LocalDate from, LocalDate to, Clock clock) {
        if (from == null && to == null) {
            return ReportPeriod.financialYearOf(LocalDate.now(clock));
        }
        return checked(from, to);
    }

    /** Both dates, the end not before the start; anything else is a bad request. */
    static ReportPeriod checked(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A period needs a start and an end on or after it");
        }
        return new ReportPeriod(from, to);
    }
}
