package heard.interchange.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.casework.CaseworkImport;
import heard.casework.ImportedCase;
import heard.casework.References;
import heard.feedback.FeedbackRecord;
import heard.feedback.Feedbacks;
import heard.interchange.caselog.Column;
import heard.interchange.caselog.Header;
import heard.interchange.caselog.LogRecordType;
import heard.interchange.caselog.LogRow;
import heard.interchange.caselog.NameBook;
import heard.interchange.caselog.ParsedRow;
import heard.interchange.caselog.Problem;
import heard.interchange.caselog.RecordMapping;
import heard.interchange.caselog.RowParser;
import heard.interchange.sheet.SheetReader;
import heard.interchange.sheet.UnreadableFileException;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanRecord;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import org.springframework.stereotype.Component;

/**
 * Checks a whole case log before anything is written: every rule of the spec on every row, the
 * references against the file and the database, the names against the council's structure, and,
 * for records Heard holds already, whether the file would change them and how. Reads the file a
 * row at a time and the database a thousand references at a time, so that a file of 100,000 rows
 * is checked in seconds in little memory.
 */
@Component
class CaseLogChecker {

    static final int CHUNK = 1000;

    private final CaseworkImport cases;
    private final Feedbacks feedbacks;
    private final Ombudsman ombudsman;
    private final References references;
    private final Organisation organisation;
    private final Clock clock;

    CaseLogChecker(CaseworkImport cases, Feedbacks feedbacks, Ombudsman ombudsman, References references,
                   Organisation organisation, Clock clock) {
        this.cases = cases;
        this.feedbacks = feedbacks;
        this.ombudsman = ombudsman;
        this.references = references;
        this.organisation = organisation;
        this.clock = clock;
    }

    CaseLogCheck check(Upload upload, ImportOptions options, Progress progress) {
        Run run = new Run(upload, options, LocalDate.now(clock), new NameBook(organisation), progress);
        try {
            SheetReader.of(upload.format()).read(upload.file(), run::row);
        } catch (UnreadableFileException e) {
            run.problems.add(e.problem());
        }
        run.flush();
        run.finish();
        return run.result();
    }

    /** A team the file names that Heard does not have: where the file puts it, and since when it is needed. */
    private static final class NewTeam {
        final String name;
        String area;
        int areaRow;
        LocalDate earliest;
        final List<Integer> rowsWithoutArea = new ArrayList<>();

        NewTeam(String name) {
            this.name = name;
        }
    }

    private record Checked(ParsedRow row, RecordMapping.Ids ids) {
    }

    /** One check of one file. */
    private final class Run {

        final Upload upload;
        final ImportOptions options;
        final LocalDate today;
        final NameBook names;
        final Progress progress;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        final Map<String, NewTeam> newTeams = new LinkedHashMap<>();
        final List<Checked> pending = new ArrayList<>();
        final Map<LogRecordType, Integer> toAdd = new EnumMap<>(LogRecordType.class);
        final List<CaseLogCheck.Change> changes = new ArrayList<>();
        final Set<String> held = new HashSet<>();
        final Set<String> toUpdate = new HashSet<>();
        final Set<String> heldWithOmbudsman = new HashSet<>();
        final MessageDigest plan = sha256();
        Header header;
        RowParser parser;
        int rows;
        int unchanged;
        int changed;

        Run(Upload upload, ImportOptions options, LocalDate today, NameBook names, Progress progress) {
            this.upload = upload;
            this.options = options;
            this.today = today;
            this.names = names;
            this.progress = progress;
        }

        void row(int number, List<String> cells) {
            if (header == null) {
                header = Header.read(cells, options.ignoreUnknownColumns(), problems);
                parser = new RowParser(header, today);
                return;
            }
            if (!header.usable()) {
                return;
            }
            int before = problems.size();
            ParsedRow row = parser.parse(number, cells, problems);
            if (row == null) {
                return;
            }
            rows++;
            if (row.reference() != null) {
                Integer first = seen.putIfAbsent(row.reference(), number);
                if (first != null) {
                    problems.add(Problem.at(number, Column.REFERENCE, "caselog.reference.repeated", row.reference(), first));
                }
            }
            RecordMapping.Ids ids = ids(row);
            if (problems.size() == before) {
                pending.add(new Checked(row, ids));
                if (pending.size() == CHUNK) {
                    flush();
                }
            }
        }

        /** The row's names as ids, checking that a team is named with the service area it belongs to. */
        RecordMapping.Ids ids(ParsedRow row) {
            String areaName = row.text(Column.SERVICE_AREA);
            String teamName = row.text(Column.TEAM);
            Long area = areaName == null ? null : names.areaId(areaName);
            Long team = null;
            if (teamName != null) {
                Optional<Team> known = names.team(teamName);
                if (known.isPresent()) {
                    team = known.get().id();
                    if (area != null && area != known.get().serviceAreaId()) {
                        problems.add(Problem.at(row.number(), Column.TEAM, "caselog.team.otherArea", NameBook.tidy(teamName),
                                known.get().serviceAreaName(), NameBook.tidy(areaName)));
                    }
                } else {
                    team = names.unknownTeamId(teamName);
                    newTeam(row, teamName, areaName);
                }
            }
            List<Long> issues = row.<String>list(Column.ISSUES).stream().map(names::issueId).toList();
            return new RecordMapping.Ids(area, team, issues);
        }

        void newTeam(ParsedRow row, String teamName, String areaName) {
            NewTeam team = newTeams.computeIfAbsent(NameBook.key(teamName), k -> new NewTeam(NameBook.tidy(teamName)));
            LocalDate received = row.date(Column.RECEIVED);
            if (received != null && (team.earliest == null || received.isBefore(team.earliest))) {
                team.earliest = received;
            }
            if (areaName == null) {
                team.rowsWithoutArea.add(row.number());
            } else if (team.area == null) {
                team.area = NameBook.tidy(areaName);
                team.areaRow = row.number();
            } else if (!NameBook.key(team.area).equals(NameBook.key(areaName))) {
                problems.add(Problem.at(row.number(), Column.TEAM, "caselog.team.twoAreas", team.name, team.area, team.areaRow));
            }
        }

        /** Compares the rows read so far with what Heard holds under their references. */
        void flush() {
            progress.read(rows);
            if (pending.isEmpty()) {
                return;
            }
            Set<String> taken = references.taken(pending.stream().map(c -> c.row().reference()).toList());
            Map<String, ImportedCase> heldCases = taken.isEmpty() ? Map.of() : cases.existing(taken);
            Map<String, FeedbackRecord> heldFeedback = taken.isEmpty() ? Map.of() : feedbacks.existing(taken);
            Map<String, OmbudsmanRecord> heldOmbudsman = taken.isEmpty() ? Map.of() : ombudsman.existing(taken);
            for (Checked checked : pending) {
                ParsedRow row = checked.row();
                String reference = row.reference();
                if (!taken.contains(reference)) {
                    toAdd.merge(row.type(), 1, Integer::sum);
                    plan("add", reference);
                    continue;
                }
                ImportedCase heldCase = heldCases.get(reference);
                FeedbackRecord heldRecord = heldFeedback.get(reference);
                if (heldCase == null && heldRecord == null) {
                    problems.add(Problem.at(row.number(), Column.REFERENCE, "caselog.reference.takenElsewhere", reference));
                } else if (heldCase != null && !row.type().isCase() || heldRecord != null && row.type().isCase()) {
                    String heldAs = heldCase != null ? LogRecordType.of(heldCase.recordType()).code()
                            : LogRecordType.of(heldRecord.type()).code();
                    problems.add(Problem.at(row.number(), Column.RECORD_TYPE, "caselog.recordType.cannotChange", reference,
                            heldAs, row.type().code()));
                } else {
                    OmbudsmanRecord heldByOmbudsman = heldOmbudsman.get(reference);
                    LogRow before = heldCase != null ? LogRow.of(heldCase, heldByOmbudsman)
                            : LogRow.of(heldRecord, heldByOmbudsman);
                    compare(reference, before, RecordMapping.toLogRow(row, checked.ids()), heldByOmbudsman != null);
                }
            }
            pending.clear();
        }

        void compare(String reference, LogRow before, LogRow after, boolean hasOmbudsman) {
            held.add(reference);
            List<Column> differences = after.differences(before);
            if (differences.isEmpty()) {
                unchanged++;
                return;
            }
            changed++;
            toUpdate.add(reference);
            if (hasOmbudsman) {
                heldWithOmbudsman.add(reference);
            }
            if (options.update()) {
                for (Column column : differences) {
                    CaseLogCheck.Change change = new CaseLogCheck.Change(reference, column.header(),
                            before.cell(column, names), after.cell(column, names));
                    changes.add(change);
                    plan("change", reference, change.column(), change.before(), change.after());
                }
            }
        }

        /** What can be known only at the end: teams never given a service area, or given a closed one. */
        void finish() {
            if (header == null) {
                problems.add(Problem.ofFile("caselog.file.empty"));
            }
            for (NewTeam team : newTeams.values()) {
                if (team.area == null) {
                    team.rowsWithoutArea.forEach(n -> problems.add(Problem.at(n, Column.TEAM, "caselog.team.unknownNoArea", team.name)));
                    continue;
                }
                Long areaId = names.areaId(team.area);
                Optional<ServiceArea> area = areaId < 0 ? Optional.empty() : names.area(areaId);
                if (area.isPresent() && team.earliest != null && !area.get().openOn(team.earliest)) {
                    problems.add(Problem.at(team.areaRow, Column.SERVICE_AREA, "caselog.team.areaClosed", area.get().name(),
                            area.get().closedOn(), team.name, team.earliest));
                }
            }
            problems.sort(Problem.IN_FILE_ORDER);
        }

        CaseLogCheck result() {
            List<CaseLogCheck.UnknownTeam> unknownTeams = newTeams.values().stream()
                    .map(t -> new CaseLogCheck.UnknownTeam(t.name, t.area, t.earliest)).toList();
            names.unknownAreas().forEach(a -> plan("area", a));
            unknownTeams.forEach(t -> plan("team", t.name(), String.valueOf(t.serviceArea()), String.valueOf(t.openedOn())));
            names.unknownIssues().forEach(i -> plan("issue", i));
            plan("held", String.valueOf(unchanged), String.valueOf(changed));
            return new CaseLogCheck(upload.fileName(), rows, problems, toAdd, unchanged, changed, changes,
                    names.unknownAreas(), unknownTeams, names.unknownIssues(),
                    HexFormat.of().formatHex(plan.digest()), held, toUpdate, heldWithOmbudsman);
        }

        void plan(String... parts) {
            for (String part : parts) {
                plan.update(part.getBytes(StandardCharsets.UTF_8));
                plan.update((byte) 0);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
