package heard.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in the calendar: the bank holidays (by uploading GOV.UK's
 * bank-holidays.json) and the council's closure days. For the calendar's own pages.
 *
 * <p>Each change is checked whole before anything is written: a change with any problem throws
 * {@link CalendarChangeRefusedException}, listing every problem, and changes nothing. A change that is
 * made rewrites the {@code calendar_day} table in the same transaction, publishes {@link CalendarChanged}
 * for the audit trail, and returns that event, whose summary says what changed.
 */
@Service
public class CalendarAdministration {

    private final CalendarStore store;
    private final CalendarCache cache;
    private final CalendarMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, CalendarCache cache, CalendarMessages messages,
                           ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Every bank holiday Heard knows, in date order. */
    public List<BankHoliday> bankHolidays() {
        return store.bankHolidays();
    }

    /** Every closure day, in date order. */
    public List<ClosureDay> closureDays() {
        return store.closureDays();
    }

    /**
     * Takes the England and Wales bank holidays from an uploaded bank-holidays.json (GOV.UK's format; the
     * other divisions are ignored). The file's holidays replace those Heard has for every year from the
     * file's first to its last; other years are kept, because GOV.UK's live file no longer reaches back to
     * the years of older cases. Refused when the file cannot be read, or when it would leave a year
     * between those Heard knows and those of the file without bank holidays.
     */
    @Transactional
    public CalendarChanged uploadBankHolidays(byte[] file) {
        BankHolidaysFile uploaded = BankHolidaysFile.read(file, BankHoliday.Source.UPLOADED, clock.instant());
        if (!uploaded.isValid()) {
            throw messages.refusal(uploaded.problems());
        }
        store.beginChange();
        DateRange years = uploaded.years();
        Set<LocalDate> known = dates(store.bankHolidays());
        if (!known.isEmpty()) {
            refuseGap(years, WorkingDayTable.yearsOf(known));
        }
        store.replaceBankHolidays(years, uploaded.holidays());

        Set<LocalDate> replaced = known.stream().filter(years::contains).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> incoming = dates(uploaded.holidays());
        Set<LocalDate> all = new TreeSet<>(known);
        all.addAll(incoming);
        return changed(CalendarChanged.Change.BANK_HOLIDAYS_UPLOADED, Message.of("calendar.upload.done", Message.years(years),
                list(without(incoming, replaced)), list(without(replaced, incoming)), Message.years(WorkingDayTable.yearsOf(all))));
    }

    /**
     * Makes {@code day} a closure day. Refused when the description is missing or too long, or the day is a
     * weekend, a bank holiday, already a closure day or outside the years Heard knows.
     */
    @Transactional
    public CalendarChanged addClosureDay(LocalDate day, String description) {
        return addClosureDays(DateRange.of(day, day), description);
    }

    /**
     * Makes every weekday of {@code days} that is not a bank holiday a closure day, all with one
     * description: a Christmas shutdown in one go. Refused as a whole when the description is missing or
     * too long, the range reaches outside the years Heard knows, any of its days is already a closure day,
     * or it has no day to close. A one-day range is refused as {@link #addClosureDay} would be.
     */
    @Transactional
    public CalendarChanged addClosureDays(DateRange days, String description) {
        String text = description == null ? "" : description.strip();
        List<Message> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(Message.of("calendar.closure.noDescription"));
        } else if (text.length() > ClosureDay.MAX_DESCRIPTION) {
            problems.add(Message.of("calendar.closure.descriptionTooLong", ClosureDay.MAX_DESCRIPTION, text.length()));
        }
        store.beginChange();
        DateRange known = WorkingDayTable.yearsOf(dates(store.bankHolidays()));
        boolean inside = known.contains(days.start()) && known.contains(days.end());
        if (!inside) {
            problems.add(Message.of("calendar.closure.outsideCalendar", days, Message.years(known)));
        }
        List<LocalDate> toClose = inside ? daysToClose(days, problems) : List.of();
        if (!problems.isEmpty()) {
            throw messages.refusal(problems);
        }
        Instant now = clock.instant();
        store.addClosureDays(toClose.stream().map(day -> new ClosureDay(day, text, now)).toList());
        return changed(CalendarChanged.Change.CLOSURE_DAYS_ADDED, Message.of("calendar.closure.added", text, list(toClose)));
    }

    /**
     * The weekdays of {@code days} that are neither bank holidays nor closed already. Each day that is already
     * closed is a problem; so is a weekend or a bank holiday when it is the only day asked for, because then
     * the person meant that very day; and so is a range with no day to close at all.
     */
    private List<LocalDate> daysToClose(DateRange days, List<Message> problems) {
        int problemsBefore = problems.size();
        Map<LocalDate, BankHoliday> holidays = byDate(store.bankHolidays(), BankHoliday::date);
        Map<LocalDate, ClosureDay> closed = byDate(store.closureDays(), ClosureDay::date);
        boolean oneDay = days.start().equals(days.end());
        List<LocalDate> toClose = new ArrayList<>();
        days.days().forEach(day -> {
            if (WorkingDayTable.isWeekend(day)) {
                if (oneDay) {
                    problems.add(Message.of("calendar.closure.weekend", day, day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)));
                }
            } else if (holidays.containsKey(day)) {
                if (oneDay) {
                    problems.add(Message.of("calendar.closure.bankHoliday", day, holidays.get(day).title()));
                }
            } else if (closed.containsKey(day)) {
                problems.add(Message.of("calendar.closure.duplicate", day, closed.get(day).description()));
            } else {
                toClose.add(day);
            }
        });
        if (toClose.isEmpty() && problems.size() == problemsBefore) {
            problems.add(Message.of("calendar.closure.nothingToClose", days));
        }
        return toClose;
    }

    /** Makes {@code day} a working day again. Refused when it is not a closure day. */
    @Transactional
    public CalendarChanged removeClosureDay(LocalDate day) {
        store.beginChange();
        ClosureDay closed = byDate(store.closureDays(), ClosureDay::date).get(day);
        if (closed == null) {
            throw messages.refusal(List.of(Message.of("calendar.closure.notClosed", day)));
        }
        store.removeClosureDay(day);
        return changed(CalendarChanged.Change.CLOSURE_DAY_REMOVED, Message.of("calendar.closure.removed", day, closed.description()));
    }

    /** On first start, with no bank holidays in the database, loads those that come with Heard. */
    @Transactional
    void loadBundledBankHolidaysIfNone() {
        if (store.hasBankHolidays()) {
            return;
        }
        store.beginChange();
        // Another instance starting at the same moment may have loaded them while this one waited for the lock.
        if (store.hasBankHolidays()) {
            return;
        }
        List<BankHoliday> bundled = BundledBankHolidays.read(clock.instant());
        DateRange years = WorkingDayTable.yearsOf(bundled.stream().map(BankHoliday::date).toList());
        store.replaceBankHolidays(years, bundled);
        changed(CalendarChanged.Change.BUNDLED_BANK_HOLIDAYS_LOADED, Message.of("calendar.bundled.loaded", Message.years(years), bundled.size()));
    }

    /** The years of a file must join on to those Heard knows, so that no year between is left without bank holidays. */
    private void refuseGap(DateRange uploaded, DateRange known) {
        int first = uploaded.start().getYear();
        int last = uploaded.end().getYear();
        int knownFirst = known.start().getYear();
        int knownLast = known.end().getYear();
        DateRange gap = first > knownLast + 1 ? wholeYears(knownLast + 1, first - 1)
                : last < knownFirst - 1 ? wholeYears(last + 1, knownFirst - 1)
                : null;
        if (gap != null) {
            throw messages.refusal(List.of(Message.of("calendar.upload.gap",
                    Message.years(uploaded), Message.years(known), Message.years(gap))));
        }
    }

    private CalendarChanged changed(CalendarChanged.Change what, Message summary) {
        store.writeCalendarDays(store.workingDays());
        cache.forgetAfterCommit();
        CalendarChanged change = new CalendarChanged(what, messages.text(summary));
        events.publishEvent(change);
        return change;
    }

    private static DateRange wholeYears(int first, int last) {
        return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    private static Set<LocalDate> dates(List<BankHoliday> holidays) {
        return holidays.stream().map(BankHoliday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> without(Set<LocalDate> days, Set<LocalDate> others) {
        Set<LocalDate> left = new TreeSet<>(days);
        left.removeAll(others);
        return left;
    }

    private static <T> Map<LocalDate, T> byDate(List<T> items, Function<T, LocalDate> date) {
        return items.stream().collect(Collectors.toMap(date, Function.identity()));
    }

    private String list(Iterable<LocalDate> days) {
        List<String> texts = new ArrayList<>();
        days.forEach(day -> texts.add(Message.text(day)));
        return texts.isEmpty() ? messages.text(Message.of("calendar.noDays")) : String.join(", ", texts);
    }
}
