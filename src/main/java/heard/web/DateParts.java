package heard.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A date as someone typed it into a GOV.UK date input: day, month and year kept as the text entered,
 * so that a page can show back exactly what was typed next to the error saying what is wrong with it.
 * A form record holds one as a property (bound from {@code receivedOn.day}, {@code receivedOn.month}
 * and {@code receivedOn.year}); the {@code form :: dateInput} fragment renders it. Serializable so
 * that a form holding one can wait in the session, which is kept in the database.
 */
public record DateParts(String day, String month, String year) implements Serializable {

    public enum Part { DAY, MONTH, YEAR }

    /**
     * What is wrong with the parts: nothing entered ({@code BLANK}), some parts missing
     * ({@code INCOMPLETE}), or not a date that exists ({@code NOT_REAL}); with the parts at fault,
     * which the date input highlights.
     */
    public record Problem(Kind kind, Set<Part> parts) {

        public enum Kind { BLANK, INCOMPLETE, NOT_REAL }

        public Problem {
            parts = Set.copyOf(parts);
        }
    }

    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    // GOV.UK's date input pattern asks services to accept month names as well as numbers.
    private static final Map<String, Integer> MONTH_NAMES = monthNames();

    public DateParts {
        day = day == null ? "" : day.strip();
        month = month == null ? "" : month.strip();
        year = year == null ? "" : year.strip();
    }

    /** The parts of a date, for a form that edits one; nothing entered for null. */
    public static DateParts of(LocalDate date) {
        return date == null
                ? new DateParts("", "", "")
                : new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, if the parts make a real one. */
    public Optional<LocalDate> toLocalDate() {
        if (problem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber(), Integer.parseInt(day)));
    }

    /** What is wrong with the parts as entered, or nothing when they make a real date. */
    public Optional<Problem> problem() {
        Set<Part> missing = EnumSet.noneOf(Part.class);
        if (day.isEmpty()) {
            missing.add(Part.DAY);
        }
        if (month.isEmpty()) {
            missing.add(Part.MONTH);
        }
        if (year.isEmpty()) {
            missing.add(Part.YEAR);
        }
        if (missing.size() == Part.values().length) {
            return Optional.of(new Problem(Problem.Kind.BLANK, missing));
        }
        if (!missing.isEmpty()) {
            return Optional.of(new Problem(Problem.Kind.INCOMPLETE, missing));
        }
        Set<Part> wrong = EnumSet.noneOf(Part.class);
        if (!ONE_OR_TWO_DIGITS.matcher(day).matches() || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
            wrong.add(Part.DAY);
        }
        if (monthNumber() == null) {
            wrong.add(Part.MONTH);
        }
        if (!FOUR_DIGITS.matcher(year).matches()) {
            wrong.add(Part.YEAR);
        }
        if (!wrong.isEmpty()) {
            return Optional.of(new Problem(Problem.Kind.NOT_REAL, wrong));
        }
        try {
            LocalDate.of(Integer.parseInt(year), monthNumber(), Integer.parseInt(day));
            return Optional.empty();
        } catch (DateTimeException noSuchDay) {
            // Such as 30 February: the day is what does not fit the month.
            return Optional.of(new Problem(Problem.Kind.NOT_REAL, Set.of(Part.DAY)));
        }
    }

    /**
     * Records on errors, under field, what is wrong with the parts when something was entered.
     * Error codes, which messages can make specific to a field ({@code date.notReal.receivedOn}):
     * {@code date.incomplete}, whose argument names the missing parts, and {@code date.notReal}.
     */
    public void validateOptional(Errors errors, String field) {
        problem().filter(problem -> problem.kind() != Problem.Kind.BLANK)
                .ifPresent(problem -> reject(errors, field, problem));
    }

    /** As {@link #validateOptional}, and with error code {@code date.required} when nothing was entered. */
    public void validateRequired(Errors errors, String field) {
        problem().ifPresent(problem -> reject(errors, field, problem));
    }

    private static void reject(Errors errors, String field, Problem problem) {
        switch (problem.kind()) {
            case BLANK -> errors.rejectValue(field, "date.required");
            case INCOMPLETE -> errors.rejectValue(field, "date.incomplete",
                    new Object[] {new DefaultMessageSourceResolvable("date.missing." + names(problem.parts()))}, null);
            case NOT_REAL -> errors.rejectValue(field, "date.notReal");
        }
    }

    /** "day", "day-month", "month-year" and so on: the message keys naming missing parts. */
    private static String names(Set<Part> parts) {
        return parts.stream().sorted().map(part -> part.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("-"));
    }

    private Integer monthNumber() {
        if (ONE_OR_TWO_DIGITS.matcher(month).matches()) {
            int number = Integer.parseInt(month);
            return number >= 1 && number <= 12 ? number : null;
        }
        return MONTH_NAMES.get(month.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> monthNames() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            numbers.put(names[i], i + 1);
            numbers.put(names[i].substring(0, 3), i + 1);
        }
        numbers.put("sept", 9);
        return Map.copyOf(numbers);
    }
}
