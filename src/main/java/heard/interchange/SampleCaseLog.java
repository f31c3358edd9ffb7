package heard.interchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import heard.interchange.caselog.Column;
import heard.interchange.sheet.CsvSheetReader;
import org.apache.commons.csv.CSVPrinter;

/**
 * A fictional case log, as many records as asked for over a period, the same for the same seed: a
 * plausible mix of statutory, corporate and non-qualifying complaints with their outcomes,
 * extensions, escalations (about one in five Stage 1 answers go to Stage 2, and about three in ten
 * statutory Stage 2 answers to Stage 3), withdrawals, Ombudsman referrals, remedies and costs, and of
 * representations, compliments, comments and MP and councillor enquiries. Every summary starts
 * {@code Fictional:}; no date is after the period's end, so a case received near it is still open.
 *
 * <p>Heard's sample data is one ({@link #lastThreeFinancialYears}, made afresh up to the day it is loaded); other
 * modules can make larger ones for their own performance tests:
 * {@code SampleCaseLog.of(7, 100_000, from, to).writeCsv(path)}.
 */
public final class SampleCaseLog {

    private static final int RECORDS_A_YEAR = 500;

    private final long seed;
    private final int records;
    private final LocalDate from;
    private final LocalDate to;

    private SampleCaseLog(long seed, int records, LocalDate from, LocalDate to) {
        if (records < 0) {
            throw new IllegalArgumentException("A number of records cannot be negative: " + records);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
        this.seed = seed;
        this.records = records;
        this.from = from;
        this.to = to;
    }

    /**
     * @param seed    the same seed gives the same log
     * @param records how many rows
     * @param from    the first day a record may have been received
     * @param to      the last day of the log: no date in it is later
     */
    public static SampleCaseLog of(long seed, int records, LocalDate from, LocalDate to) {
        return new SampleCaseLog(seed, records, from, to);
    }

    /**
     * The last three financial years up to {@code today}: the two before the current one and the current one so
     * far, about 500 records a year, the latest received today. Cases received in the last weeks are still open,
     * some due this week and some overdue, as a complaints team's would be.
     *
     * @param seed  the same seed and the same day give the same log
     * @param today the log's last day
     */
    public static SampleCaseLog lastThreeFinancialYears(long seed, LocalDate today) {
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate from = LocalDate.of(year - 2, 4, 1);
        long days = ChronoUnit.DAYS.between(from, today) + 1;
        return of(seed, (int) (days * RECORDS_A_YEAR / 365), from, today);
    }

    /** The case log's header: its columns, as the spec names them, in order. */
    public static List<String> header() {
        return Column.headers();
    }

    /** The rows, each a list of cells in the header's order (blank for none). */
    public Stream<List<String>> rows() {
        Iterator<List<String>> iterator = new Iterator<>() {
            private final Generator generator = new Generator(new Random(seed));
            private int next;

            @Override
            public boolean hasNext() {
                return next < records;
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return generator.row(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(iterator, records, 0), false);
    }

    public void writeCsv(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeCsv(out);
        }
    }

    /** Writes the log as the case log's CSV (UTF-8, RFC 4180, header first); the stream stays open. */
    public void writeCsv(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
        CSVPrinter printer = new CSVPrinter(writer, CsvSheetReader.FORMAT);
        printer.printRecord(header());
        Iterator<List<String>> rows = rows().iterator();
        while (rows.hasNext()) {
            printer.printRecord(rows.next());
        }
        printer.flush();
        writer.flush();
    }

    // ------------------------------------------------------------------ the fiction

    private static final String[][] STRUCTURE = {
        {"Front Door", "Multi-Agency Safeguarding Hub", "Children's Front Door"},
        {"Safeguarding", "Safeguarding Team A", "Safeguarding Team B", "Assessment Team"},
        {"Children in Care", "Children in Care Team 1", "Children in Care Team 2", "Leaving Care Team"},
        {"Fostering and Adoption", "Fostering Team", "Adoption Team", "Kinship Care Team"},
        {"Early Help", "Early Help North", "Early Help South"},
        {"Disabled Children", "Disabled Children's Team", "Short Breaks Service"},
    };

    private static final String[] ISSUES = {"Staff attitude/behaviour", "Communication", "Delay", "Quality of service",
        "Assessment outcome", "Contact arrangements", "Placement", "Financial support", "Records and data protection",
        "Failure to provide a service", "Safeguarding process", "Leaving care support", "Education support",
        "Short breaks"};

    private static final String[] COMPLAINTS = {
        "says the social worker did not return calls for three weeks",
        "disagrees with the findings of the child and family assessment",
        "is unhappy that family time was cancelled at short notice twice",
        "says the change of placement was made without telling them first",
        "says the allowance promised at the review was not paid",
        "asks why the child's plan was changed without a meeting",
        "says a meeting was held without an interpreter they had asked for",
        "complains that the report shared with the school contained errors",
        "says the leaving care grant took four months to arrive",
        "is unhappy with the way a home visit was carried out",
        "says the short breaks package was reduced without a reassessment",
        "asks for records about them to be corrected",
    };


    private static final String[] COMPLIMENTS = {
        "Thank you to the social worker who stayed late to make sure we were safe.",
        "The leaving care adviser helped me find my first flat and I am really grateful.",
        "Our fostering supervising social worker has been brilliant all year.",
        "The short breaks team made the summer holidays possible for our family.",
        "Thank you for listening to my son and taking his views seriously.",
        "The family support worker was kind, patient and always on time.",
    };

    private static final String[] COMMENTS = {
        "Suggests letters are sent by email as well as post.",
        "Would like the family time room to have more toys for older children.",
        "Asks for reviews to be held after school hours.",
        "Suggests a leaflet explaining the complaints procedure for young people.",
    };

    private static final String[] ENQUIRIES = {
        "Councillor asks on behalf of a resident about the delay in an assessment.",
        "MP enquiry about support for a kinship carer in the constituency.",
        "Councillor asks why a family's short breaks were reduced.",
        "MP enquiry about the time taken to answer a complaint.",
    };

    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
        "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRI", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
        "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"};

    /** One generator per pass over the rows, so that every pass gives the same log. */
    private final class Generator {

        private final Random random;
        private final Map<Integer, Integer> numbers = new java.util.HashMap<>();

        Generator(Random random) {
            this.random = random;
        }

        List<String> row(int index) {
            Map<Column, String> row = new EnumMap<>(Column.class);
            LocalDate received = receivedOn(index);
            int number = numbers.merge(received.getYear(), 1, Integer::sum);
            row.put(Column.REFERENCE, String.format("SMP-%d-%05d", received.getYear(), number));
            row.put(Column.RECEIVED, received.toString());
            String[] area = STRUCTURE[random.nextInt(STRUCTURE.length)];
            row.put(Column.SERVICE_AREA, area[0]);
            row.put(Column.TEAM, area[1 + random.nextInt(area.length - 1)]);
            int kind = random.nextInt(100);
            if (kind < 42) {
                complaint(row, received);
            } else if (kind < 52) {
                representation(row, received);
            } else if (kind < 78) {
                feedback(row, received, "compliment", COMPLIMENTS, 50);
            } else if (kind < 86) {
                feedback(row, received, "comment", COMMENTS, 70);
            } else {
                enquiry(row, received);
            }
            List<String> cells = new ArrayList<>();
            for (Column column : Column.values()) {
                cells.add(row.getOrDefault(column, ""));
            }
            return cells;
        }

        /** Spread evenly over the period, weekdays only: councils log post and calls on working days. */
        private LocalDate receivedOn(int index) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            LocalDate day = from.plusDays(days * index / Math.max(1, records));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.minusDays(1);
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day.isBefore(from) || day.isAfter(to) ? from.plusDays(days * index / Math.max(1, records)) : day;
        }

        private void complaint(Map<Column, String> row, LocalDate received) {
            row.put(Column.RECORD_TYPE, "complaint");
            String procedure = pick("statutory", 50, "corporate", 40, "non_qualifying", 10);
            row.put(Column.PROCEDURE, procedure);
            row.put(Column.CHANNEL, pick("email", 35, "web_form", 20, "telephone", 20, "complaint_form", 10, "letter", 8,
                    "in_person", 5, "other", 2));
            String role = pick("parent_relative", 55, "young_person", 10, "foster_carer", 8, "advocate", 6,
                    "special_guardian", 4, "professional", 4, "friend_other", 4, "adopter", 3, "solicitor", 3,
                    "elected_member", 2, "anonymous", 1);
            row.put(Column.COMPLAINANT_ROLE, role);
            row.put(Column.ISSUES, issues());
            row.put(Column.SUMMARY, "Fictional: " + who(role) + " " + COMPLAINTS[random.nextInt(COMPLAINTS.length)] + ".");
            child(row, role);
            if (procedure.equals("non_qualifying")) {
                return;
            }
            boolean statutory = procedure.equals("statutory");
            LocalDate last = stageOne(row, received);
            if (last != null && row.containsKey(Column.STAGE2_REQUESTED)) {
                last = stageTwo(row, statutory);
                if (last != null && statutory && row.containsKey(Column.STAGE3_REQUESTED)) {
                    last = stageThree(row);
                }
            }
            if (last != null) {
                remedies(row);
                ombudsman(row, last);
            }
            if (random.nextInt(100) < 2) {
                row.put(Column.COST_MEDIATION, amount(300, 900));
            }
        }

        /** Stage 1, and the request for Stage 2 if there is one; the last date of the stage, or null while it is open. */
        private LocalDate stageOne(Map<Column, String> row, LocalDate received) {
            String outcome = pick("not_upheld", 42, "partially_upheld", 25, "upheld", 20, "withdrawn", 6,
                    "escalated_without_response", 4, "inconclusive", 3);
            boolean extended = random.nextInt(100) < 12;
            if (outcome.equals("withdrawn")) {
                LocalDate withdrawn = within(received.plusDays(2 + random.nextInt(10)));
                if (withdrawn != null) {
                    row.put(Column.STAGE1_OUTCOME, outcome);
                    row.put(Column.WITHDRAWN, withdrawn.toString());
                }
                return null;
            }
            if (outcome.equals("escalated_without_response")) {
                LocalDate requested = within(received.plusDays(29 + random.nextInt(15)));
                if (requested != null) {
                    row.put(Column.STAGE1_EXTENDED, extended ? "yes" : "");
                    row.put(Column.STAGE1_OUTCOME, outcome);
                    row.put(Column.STAGE2_REQUESTED, requested.toString());
                }
                return requested;
            }
            // Some answers are a few days late, as a team's are (Stage 1's 10 working days are about 14 calendar
            // days), and more of the last month's: on the log's last day some open cases are overdue, as on any day.
            boolean backlog = ChronoUnit.DAYS.between(received, to) <= 31;
            LocalDate response = within(received.plusDays(extended ? 15 + random.nextInt(14)
                    : backlog ? 11 + random.nextInt(14) : 5 + random.nextInt(16)));
            if (extended && (response != null || random.nextBoolean())) {
                row.put(Column.STAGE1_EXTENDED, "yes");
            }
            if (response == null) {
                return null;
            }
            row.put(Column.STAGE1_RESPONSE, response.toString());
            row.put(Column.STAGE1_OUTCOME, outcome);
            int escalation = outcome.equals("upheld") ? 6 : outcome.equals("partially_upheld") ? 22 : 26;
            if (random.nextInt(100) < escalation) {
                LocalDate requested = within(response.plusDays(3 + random.nextInt(20)));
                if (requested != null) {
                    row.put(Column.STAGE2_REQUESTED, requested.toString());
                }
            }
            return response;
        }

        private LocalDate stageTwo(Map<Column, String> row, boolean statutory) {
            LocalDate requested = LocalDate.parse(row.get(Column.STAGE2_REQUESTED));
            LocalDate start = requested;
            if (statutory && random.nextInt(100) < 70) {
                LocalDate agreed = within(requested.plusDays(5 + random.nextInt(25)));
                if (agreed == null) {
                    return null;
                }
                row.put(Column.STAGE2_STARTED, agreed.toString());
                start = agreed;
            }
            boolean extended = random.nextInt(100) < (statutory ? 40 : 15);
            if (statutory) {
                row.put(Column.COST_INVESTIGATING_OFFICER, amount(1500, 4500));
                row.put(Column.COST_INDEPENDENT_PERSON, amount(800, 2200));
            }
            String outcome = pick("not_upheld", 38, "partially_upheld", 32, "upheld", 20, "withdrawn", 5, "inconclusive", 5);
            LocalDate response = within(start.plusDays(extended ? 40 + random.nextInt(50) : 20 + random.nextInt(18)));
            if (extended) {
                row.put(Column.STAGE2_EXTENDED, "yes");
            }
            if (outcome.equals("withdrawn")) {
                LocalDate withdrawn = within(start.plusDays(5 + random.nextInt(20)));
                if (withdrawn != null) {
                    row.put(Column.STAGE2_OUTCOME, outcome);
                    row.put(Column.WITHDRAWN, withdrawn.toString());
                }
                return null;
            }
            if (response == null) {
                return null;
            }
            row.put(Column.STAGE2_RESPONSE, response.toString());
            row.put(Column.STAGE2_OUTCOME, outcome);
            // The few complaints answered at Stage 2 in the log's last months go on to Stage 3 more often, so that
            // on the log's last day a review panel is usually under way: a sample should show every stage.
            int escalation = (outcome.equals("upheld") ? 12 : 36) * (ChronoUnit.DAYS.between(response, to) <= 90 ? 3 : 1);
            if (statutory && random.nextInt(100) < escalation) {
                LocalDate stage3 = within(response.plusDays(5 + random.nextInt(20)));
                if (stage3 != null) {
                    row.put(Column.STAGE3_REQUESTED, stage3.toString());
                }
            }
            return response;
        }

        private LocalDate stageThree(Map<Column, String> row) {
            LocalDate requested = LocalDate.parse(row.get(Column.STAGE3_REQUESTED));
            LocalDate panel = within(requested.plusDays(20 + random.nextInt(25)));
            if (panel == null) {
                return null;
            }
            row.put(Column.STAGE3_PANEL, panel.toString());
            row.put(Column.COST_REVIEW_PANEL, amount(1200, 3500));
            LocalDate report = within(panel.plusDays(3 + random.nextInt(5)));
            if (report == null) {
                return null;
            }
            row.put(Column.STAGE3_PANEL_REPORT, report.toString());
            LocalDate response = within(report.plusDays(8 + random.nextInt(14)));
            if (response == null) {
                return null;
            }
            row.put(Column.STAGE3_RESPONSE, response.toString());
            row.put(Column.STAGE3_OUTCOME, pick("not_upheld", 45, "partially_upheld", 35, "upheld", 20));
            return response;
        }

        /** Remedies follow the last answer that upheld something. */
        private void remedies(Map<Column, String> row) {
            boolean upheld = Stream.of(Column.STAGE1_OUTCOME, Column.STAGE2_OUTCOME, Column.STAGE3_OUTCOME)
                    .map(row::get).anyMatch(o -> "upheld".equals(o) || "partially_upheld".equals(o));
            if (!upheld) {
                return;
            }
            List<String> remedies = new ArrayList<>();
            String payment = null;
            if (random.nextInt(100) < 85) {
                remedies.add("apology");
            }
            if (random.nextInt(100) < 4) {
                remedies.add("reimbursement");
                payment = amount(20, 400);
            }
            if (random.nextInt(100) < 8) {
                remedies.add("financial_remedy");
                payment = amount(100, 1500);
            }
            if (random.nextInt(100) < 10) {
                remedies.add("records_amended");
            }
            if (random.nextInt(100) < 25) {
                remedies.add("service_change");
            }
            if (random.nextInt(100) < 3) {
                remedies.add("other");
            }
            row.put(Column.REMEDIES, String.join(";", remedies));
            if (payment != null) {
                row.put(Column.REMEDY_PAYMENT, payment);
            }
        }

        private void ombudsman(Map<Column, String> row, LocalDate last) {
            if (random.nextInt(100) >= 6) {
                return;
            }
            LocalDate referred = within(last.plusDays(10 + random.nextInt(110)));
            if (referred == null) {
                return;
            }
            row.put(Column.OMBUDSMAN_REFERRED, referred.toString());
            LocalDate decided = random.nextInt(100) < 85 ? within(referred.plusDays(20 + random.nextInt(130))) : null;
            if (decided != null) {
                row.put(Column.OMBUDSMAN_DECIDED, decided.toString());
                row.put(Column.OMBUDSMAN_DECISION, pick("closed_after_initial_enquiries", 40, "premature_referred_back",
                        25, "upheld_fault_and_injustice", 15, "not_upheld_no_fault", 10, "upheld_fault_no_injustice", 8,
                        "withdrawn", 2));
            }
        }

        private void representation(Map<Column, String> row, LocalDate received) {
            row.put(Column.RECORD_TYPE, "representation");
            row.put(Column.CHANNEL, pick("telephone", 45, "email", 35, "in_person", 10, "web_form", 10));
            String role = pick("parent_relative", 60, "young_person", 15, "foster_carer", 10, "friend_other", 10,
                    "professional", 5);
            row.put(Column.COMPLAINANT_ROLE, role);
            row.put(Column.ISSUES, issues());
            row.put(Column.SUMMARY, "Fictional: " + who(role) + " " + COMPLAINTS[random.nextInt(COMPLAINTS.length)]
                    + "; resolved informally.");
            child(row, role);
            // Every representation is answered in the end: only those of the last weeks are still open.
            answered(row, received, 100, 15);
        }

        private void feedback(Map<Column, String> row, LocalDate received, String type, String[] words, int answered) {
            row.put(Column.RECORD_TYPE, type);
            row.put(Column.CHANNEL, pick("email", 55, "web_form", 20, "letter", 10, "telephone", 10, "in_person", 5));
            row.put(Column.COMPLAINANT_ROLE, pick("parent_relative", 45, "young_person", 20, "foster_carer", 15,
                    "professional", 15, "friend_other", 5));
            row.put(Column.SUMMARY, "Fictional: " + words[random.nextInt(words.length)]);
            answered(row, received, answered, 10);
        }

        private void enquiry(Map<Column, String> row, LocalDate received) {
            row.put(Column.RECORD_TYPE, "member_enquiry");
            row.put(Column.CHANNEL, pick("email", 70, "letter", 25, "telephone", 5));
            row.put(Column.COMPLAINANT_ROLE, "elected_member");
            row.put(Column.ISSUES, issues());
            row.put(Column.SUMMARY, "Fictional: " + ENQUIRIES[random.nextInt(ENQUIRIES.length)]);
            answered(row, received, 90, 20);
        }

        private void answered(Map<Column, String> row, LocalDate received, int percent, int withinDays) {
            if (random.nextInt(100) < percent) {
                LocalDate on = within(received.plusDays(1 + random.nextInt(withinDays)));
                if (on != null) {
                    row.put(Column.RESPONDED, on.toString());
                }
            }
        }

        private String who(String role) {
            return switch (role) {
                case "young_person" -> "A young person";
                case "foster_carer" -> "A foster carer";
                case "special_guardian" -> "A special guardian";
                case "adopter" -> "An adoptive parent";
                case "advocate" -> "An advocate for a young person";
                case "solicitor" -> "A solicitor for a family";
                case "professional" -> "A teacher";
                case "elected_member" -> "A councillor";
                case "friend_other" -> "A family friend";
                case "anonymous" -> "Someone who gave no name";
                default -> random.nextBoolean() ? "A parent" : "A grandparent";
            };
        }

        private void child(Map<Column, String> row, String role) {
            if (random.nextInt(100) < 15) {
                return;
            }
            row.put(Column.CHILD_SEX, pick("male", 48, "female", 46, "not_known", 5, "other", 1));
            row.put(Column.CHILD_ETHNICITY, ETHNICITIES[random.nextInt(ETHNICITIES.length)]);
            boolean careLeaver = "Leaving Care Team".equals(row.get(Column.TEAM));
            row.put(Column.CHILD_AGE, String.valueOf(careLeaver ? 18 + random.nextInt(4) : random.nextInt(18)));
            row.put(Column.ADVOCACY, role.equals("young_person") || role.equals("advocate") ? "used"
                    : pick("offered", 45, "not_offered", 35, "used", 20));
        }

        private String issues() {
            int count = 1 + random.nextInt(random.nextInt(100) < 70 ? 1 : 3);
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                String issue = ISSUES[random.nextInt(ISSUES.length)];
                if (!chosen.contains(issue)) {
                    chosen.add(issue);
                }
            }
            // In the order an export writes them, so that the bundled log exports exactly as it is.
            chosen.sort(String.CASE_INSENSITIVE_ORDER);
            return String.join(";", chosen);
        }

        private String amount(int least, int most) {
            return (least + random.nextInt(most - least + 1)) + "." + (random.nextBoolean() ? "00" : "50");
        }

        /** A date in the log, or null if it falls after the log's last day: that has not happened yet. */
        private LocalDate within(LocalDate date) {
            return date.isAfter(to) ? null : date;
        }

        /** One of the values, by weight: {@code pick(a, 70, b, 30)}. */
        private String pick(Object... valuesAndWeights) {
            int total = 0;
            for (int i = 1; i < valuesAndWeights.length; i += 2) {
                total += (Integer) valuesAndWeights[i];
            }
            int r = random.nextInt(total);
            for (int i = 0; i < valuesAndWeights.length; i += 2) {
                r -= (Integer) valuesAndWeights[i + 1];
                if (r < 0) {
                    return (String) valuesAndWeights[i];
                }
            }
            throw new IllegalStateException("Weights add up: " + Arrays.toString(valuesAndWeights));
        }
    }
}
