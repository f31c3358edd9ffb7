package heard.interchange.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseworkImport;
import heard.feedback.Feedbacks;
import heard.interchange.caselog.Column;
import heard.interchange.caselog.LogRow;
import heard.interchange.caselog.NameBook;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.sheet.SheetWriter;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanRecord;
import heard.organisation.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the case log: every complaint, representation, compliment, comment and member enquiry
 * received in a period (or ever), with the Ombudsman's part, in the spec's columns. Streams a
 * thousand records at a time, and records the export in the audit trail.
 */
@Service
public class CaseLogExporter {

    private final CaseworkImport cases;
    private final Feedbacks feedbacks;
    private final Ombudsman ombudsman;
    private final Organisation organisation;
    private final AuditTrail audit;

    CaseLogExporter(CaseworkImport cases, Feedbacks feedbacks, Ombudsman ombudsman, Organisation organisation,
                    AuditTrail audit) {
        this.cases = cases;
        this.feedbacks = feedbacks;
        this.ombudsman = ombudsman;
        this.organisation = organisation;
        this.audit = audit;
    }

    /**
     * Writes the records received from {@code from} to {@code to} (both included; null for no limit);
     * returns how many. Not a read-only transaction: the audit entry is written in it.
     */
    @Transactional
    public int export(LocalDate from, LocalDate to, CaseLogFormat format, OutputStream out) throws IOException {
        NameBook names = new NameBook(organisation);
        int count;
        try (SheetWriter writer = SheetWriter.of(format, out)) {
            writer.header(Column.headers());
            Rows rows = new Rows(writer, names);
            try {
                cases.export(from, to, c -> rows.add(c.reference().value(), ombudsmanFor -> LogRow.of(c, ombudsmanFor)));
                feedbacks.export(from, to, f -> rows.add(f.reference().value(), ombudsmanFor -> LogRow.of(f, ombudsmanFor)));
                rows.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            count = rows.count;
        }
        audit.noted(new AuditSubject("case-log", "export"), "exported", "Exported " + count + " records received "
                + (from == null ? "from the first" : "from " + from) + (to == null ? " to the last" : " to " + to)
                + " as " + format.name());
        return count;
    }

    /** Records waiting for their Ombudsman part, looked up a thousand at a time. */
    private static final class Pending {
        final String reference;
        final java.util.function.Function<OmbudsmanRecord, LogRow> row;

        Pending(String reference, java.util.function.Function<OmbudsmanRecord, LogRow> row) {
            this.reference = reference;
            this.row = row;
        }
    }

    private final class Rows {
        final SheetWriter writer;
        final NameBook names;
        final List<Pending> pending = new ArrayList<>();
        int count;

        Rows(SheetWriter writer, NameBook names) {
            this.writer = writer;
            this.names = names;
        }

        void add(String reference, java.util.function.Function<OmbudsmanRecord, LogRow> row) {
            pending.add(new Pending(reference, row));
            if (pending.size() == CaseLogChecker.CHUNK) {
                flush();
            }
        }

        void flush() {
            Map<String, OmbudsmanRecord> involved = ombudsman.existing(pending.stream().map(p -> p.reference).toList());
            try {
                for (Pending p : pending) {
                    LogRow row = p.row.apply(involved.get(p.reference));
                    List<String> cells = new ArrayList<>(Column.values().length);
                    for (Column column : Column.values()) {
                        cells.add(row.cell(column, names));
                    }
                    writer.row(cells);
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pending.clear();
        }
    }
}
