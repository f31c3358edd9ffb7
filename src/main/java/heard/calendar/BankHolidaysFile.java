package heard.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bank-holidays.json in GOV.UK's format, read for its England and Wales division:
 * <pre>{"england-and-wales": {"division": "england-and-wales", "events": [
 *     {"title": "Boxing Day", "date": "2015-12-28", "notes": "Substitute day", "bunting": true}, ...]},
 *  "scotland": {...}, "northern-ireland": {...}}</pre>
 * Either it has {@link #holidays()} or it has {@link #problems()}, each naming what is wrong and where.
 */
final class BankHolidaysFile {

    static final String DIVISION = "england-and-wales";

    /** GOV.UK's file is about 20 KB; a file a hundred times that size is not one. */
    static final int MAX_BYTES = 2_000_000;

    /** Past this many, the person is told how many more there are rather than each one. */
    static final int MAX_PROBLEMS_LISTED = 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final List<BankHoliday> holidays = new ArrayList<>();
    private final List<Message> problems = new ArrayList<>();

    private BankHolidaysFile() {
    }

    /** Reads the file; its holidays are marked as coming from {@code source} at {@code loadedAt}. */
    static BankHolidaysFile read(byte[] content, BankHoliday.Source source, Instant loadedAt) {
        BankHolidaysFile file = new BankHolidaysFile();
        file.parse(content, source, loadedAt);
        if (file.problems.size() > MAX_PROBLEMS_LISTED) {
            int more = file.problems.size() - MAX_PROBLEMS_LISTED;
            file.problems.subList(MAX_PROBLEMS_LISTED, file.problems.size()).clear();
            file.problems.add(Message.of("calendar.upload.moreProblems", more));
        }
        if (!file.problems.isEmpty()) {
            file.holidays.clear();
        }
        return file;
    }

    List<BankHoliday> holidays() {
        return List.copyOf(holidays);
    }

    List<Message> problems() {
        return List.copyOf(problems);
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    /** The first and last years with holidays in the file. */
    DateRange years() {
        return WorkingDayTable.yearsOf(holidays.stream().map(BankHoliday::date).toList());
    }

    private void parse(byte[] content, BankHoliday.Source source, Instant loadedAt) {
        if (content.length > MAX_BYTES) {
            problems.add(Message.of("calendar.upload.tooLarge", content.length, MAX_BYTES));
            return;
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            problems.add(Message.of("calendar.upload.empty"));
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            problems.add(Message.of("calendar.upload.notJson", e.getOriginalMessage(),
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
            return;
        }
        if (root == null || !root.isObject()) {
            problems.add(Message.of("calendar.upload.notAnObject"));
            return;
        }
        JsonNode division = root.get(DIVISION);
        if (division == null || !division.isObject()) {
            problems.add(Message.of("calendar.upload.noEnglandAndWales"));
            return;
        }
        JsonNode events = division.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            problems.add(Message.of("calendar.upload.noEvents"));
            return;
        }
        Map<LocalDate, Integer> eventOnDate = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            readEvent(i + 1, events.get(i), source, loadedAt, eventOnDate);
        }
        if (problems.isEmpty()) {
            requireEveryYearBetween();
        }
    }

    private void readEvent(int number, JsonNode event, BankHoliday.Source source, Instant loadedAt,
                           Map<LocalDate, Integer> eventOnDate) {
        if (!event.isObject()) {
            problems.add(Message.of("calendar.upload.eventNotAnObject", number));
            return;
        }
        String title = text(event.get("title"));
        if (title == null || title.isBlank()) {
            problems.add(Message.of("calendar.upload.noTitle", number));
            return;
        }
        JsonNode dateNode = event.get("date");
        String notes = event.has("notes") ? text(event.get("notes")) : "";
        JsonNode bunting = event.get("bunting");
        String named = title.strip();
        int before = problems.size();
        if (named.length() > BankHoliday.MAX_TEXT) {
            problems.add(Message.of("calendar.upload.titleTooLong", number, named.length(), BankHoliday.MAX_TEXT));
        }
        if (notes == null) {
            problems.add(Message.of("calendar.upload.notesNotText", number, named));
        } else if (notes.length() > BankHoliday.MAX_TEXT) {
            problems.add(Message.of("calendar.upload.notesTooLong", number, named, notes.length(), BankHoliday.MAX_TEXT));
        }
        if (bunting != null && !bunting.isBoolean()) {
            problems.add(Message.of("calendar.upload.buntingNotBoolean", number, named));
        }
        LocalDate date = dateNode == null ? null : date(dateNode);
        if (dateNode == null || dateNode.isNull() || dateNode.isString() && dateNode.stringValue().isBlank()) {
            problems.add(Message.of("calendar.upload.noDate", number, named));
        } else if (date == null) {
            problems.add(Message.of("calendar.upload.badDate", number, named, dateNode.isString() ? dateNode.stringValue() : dateNode.toString()));
        }
        if (date != null) {
            Integer earlier = eventOnDate.putIfAbsent(date, number);
            if (earlier != null) {
                problems.add(Message.of("calendar.upload.sameDate", earlier, number, date));
            }
        }
        if (problems.size() == before) {
            holidays.add(new BankHoliday(date, named, notes.strip(), bunting != null && bunting.booleanValue(), source, loadedAt));
        }
    }

    /** England and Wales has bank holidays every year, so a year missing in the middle is a broken file. */
    private void requireEveryYearBetween() {
        TreeSet<Integer> years = new TreeSet<>();
        holidays.forEach(holiday -> years.add(holiday.date().getYear()));
        for (int year = years.first(); year <= years.last(); year++) {
            if (!years.contains(year)) {
                problems.add(Message.of("calendar.upload.missingYear", year, years.first(), years.last()));
            }
        }
    }

    /** The date a JSON string gives as yyyy-mm-dd; null for anything else. */
    private static LocalDate date(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            // ISO_LOCAL_DATE is strict: 2023-02-30 and 2023-2-3 are refused, not adjusted.
            return LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text of a JSON string; null for anything else (a number, an object, a missing field). */
    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
