package heard.interchange.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.CaseLogCheck;
import heard.interchange.transfer.ImportOptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Keeps web import jobs, their uploads, problems and changes in the interchange module's own tables. */
@Repository
public class ImportJobRepository {

    /** The upload is kept in pieces of this size: small enough for a BYTEA on H2 and PostgreSQL alike. */
    static final int PIECE = 512 * 1024;
    private static final int TEXT = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    long insert(String fileName, CaseLogFormat format, long size, ImportOptions options, ImportJob.Status status,
                String uploadedBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(connection -> {
            var ps = connection.prepareStatement("""
                    INSERT INTO case_log_import (file_name, format, size_bytes, update_existing, ignore_unknown_columns,
                                                 create_missing, status, uploaded_by, uploaded_at, heartbeat_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            ps.setString(2, format.name());
            ps.setLong(3, size);
            ps.setBoolean(4, options.update());
            ps.setBoolean(5, options.ignoreUnknownColumns());
            ps.setBoolean(6, options.createMissing());
            ps.setString(7, status.name());
            ps.setString(8, uploadedBy);
            ps.setObject(9, utc(now));
            ps.setObject(10, utc(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Stores an upload a piece at a time, so that it is never all in memory. */
    void storeContent(long id, InputStream content) throws IOException {
        byte[] buffer = new byte[PIECE];
        int position = 0;
        while (true) {
            int filled = content.readNBytes(buffer, 0, PIECE);
            if (filled == 0) {
                return;
            }
            byte[] piece = filled == PIECE ? buffer.clone() : java.util.Arrays.copyOf(buffer, filled);
            jdbc.sql("INSERT INTO case_log_import_content (import_id, position, bytes) VALUES (:id, :p, :b)")
                    .param("id", id).param("p", position++).param("b", piece).update();
        }
    }

    /** Writes the upload to a file, a piece at a time. */
    void copyContent(long id, Path file) throws IOException {
        List<Integer> positions = jdbc.sql("SELECT position FROM case_log_import_content WHERE import_id = :id ORDER BY position")
                .param("id", id).query(Integer.class).list();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int position : positions) {
                out.write(jdbc.sql("SELECT bytes FROM case_log_import_content WHERE import_id = :id AND position = :p")
                        .param("id", id).param("p", position).query(byte[].class).single());
            }
        }
    }

    void deleteContent(long id) {
        jdbc.sql("DELETE FROM case_log_import_content WHERE import_id = :id").param("id", id).update();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT * FROM case_log_import WHERE id = :id").param("id", id).query(this::job).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM case_log_import ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(this::job).list();
    }

    /** The oldest job waiting for an instance, if any. */
    Optional<ImportJob> nextWaiting() {
        return jdbc.sql("""
                SELECT * FROM case_log_import WHERE status IN ('CHECK_QUEUED', 'IMPORT_QUEUED') ORDER BY id LIMIT 1""")
                .query(this::job).optional();
    }

    /** Moves a job on from the status it was read in; false when another instance or request moved it first. */
    boolean move(long id, ImportJob.Status from, ImportJob.Status to, String claimedBy, Instant now) {
        return jdbc.sql("""
                UPDATE case_log_import SET status = :to, claimed_by = :by, heartbeat_at = :now, version = version + 1
                WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("by", claimedBy).param("now", utc(now)).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    void confirm(long id, boolean createMissing) {
        jdbc.sql("UPDATE case_log_import SET create_missing = :c WHERE id = :id AND status = 'READY'")
                .param("c", createMissing).param("id", id).update();
    }

    void progress(long id, int rowsRead, int rowsWritten, Integer rowsTotal, Instant now) {
        jdbc.sql("""
                UPDATE case_log_import SET rows_read = :read, rows_written = :written, rows_total = :total,
                       heartbeat_at = :now WHERE id = :id""")
                .param("read", rowsRead).param("written", rowsWritten).param("total", rowsTotal)
                .param("now", utc(now)).param("id", id).update();
    }

    /** Records where a job ended up, with what its check found. */
    void finish(long id, ImportJob.Status status, String plan, ImportSummary summary, Instant now) {
        jdbc.sql("""
                UPDATE case_log_import SET status = :status, plan = :plan, summary = :summary, heartbeat_at = :now,
                       finished_at = :finished, version = version + 1 WHERE id = :id""")
                .param("status", status.name()).param("plan", plan)
                .param("summary", summary == null ? null : json.writeValueAsString(summary))
                .param("now", utc(now)).param("finished", status.isWorking() || status == ImportJob.Status.READY
                        ? null : utc(now))
                .param("id", id).update();
    }

    /** Jobs whose instance stopped sending a heartbeat while working on them. */
    List<Long> stalled(Instant before) {
        return jdbc.sql("""
                SELECT id FROM case_log_import WHERE status IN ('CHECKING', 'IMPORTING') AND heartbeat_at < :before""")
                .param("before", utc(before)).query(Long.class).list();
    }

    /** Jobs checked but left unconfirmed since before then. */
    List<Long> unconfirmed(Instant before) {
        return jdbc.sql("SELECT id FROM case_log_import WHERE status = 'READY' AND heartbeat_at < :before")
                .param("before", utc(before)).query(Long.class).list();
    }

    void replaceProblems(long id, List<String[]> problems) {
        jdbc.sql("DELETE FROM case_log_import_problem WHERE import_id = :id").param("id", id).update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            String[] p = problems.get(i);
            rows.add(new Object[] {id, i, p[0] == null ? null : Integer.valueOf(p[0]), cut(p[1], 200), cut(p[2], 2000)});
        }
        batch("INSERT INTO case_log_import_problem (import_id, position, row_number, column_name, message) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    void replaceChanges(long id, List<CaseLogCheck.Change> changes) {
        jdbc.sql("DELETE FROM case_log_import_change WHERE import_id = :id").param("id", id).update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            CaseLogCheck.Change c = changes.get(i);
            rows.add(new Object[] {id, i, c.reference(), c.column(), cut(c.before(), TEXT), cut(c.after(), TEXT)});
        }
        batch("INSERT INTO case_log_import_change (import_id, position, reference, column_name, before_value, "
                + "after_value) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** A problem as stored: where, and the words. */
    public record StoredProblem(Integer row, String column, String message) {
    }

    List<StoredProblem> problems(long id, int limit) {
        return jdbc.sql("""
                SELECT row_number, column_name, message FROM case_log_import_problem WHERE import_id = :id
                ORDER BY position LIMIT :limit""").param("id", id).param("limit", limit)
                .query((rs, n) -> new StoredProblem(rs.getObject(1, Integer.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Every problem, a row at a time, for the download. */
    void eachProblem(long id, java.util.function.Consumer<StoredProblem> sink) {
        jdbc.sql("""
                SELECT row_number, column_name, message FROM case_log_import_problem WHERE import_id = :id
                ORDER BY position""").param("id", id)
                .query((ResultSet rs) -> {
                    sink.accept(new StoredProblem(rs.getObject(1, Integer.class), rs.getString(2), rs.getString(3)));
                });
    }

    List<CaseLogCheck.Change> changes(long id, int limit) {
        return jdbc.sql("""
                SELECT reference, column_name, before_value, after_value FROM case_log_import_change
                WHERE import_id = :id ORDER BY position LIMIT :limit""").param("id", id).param("limit", limit)
                .query((rs, n) -> new CaseLogCheck.Change(rs.getString(1), rs.getString(2), blank(rs.getString(3)),
                        blank(rs.getString(4)))).list();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    private ImportJob job(ResultSet rs, int n) throws SQLException {
        String summary = rs.getString("summary");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(rs.getLong("id"), rs.getString("file_name"), CaseLogFormat.valueOf(rs.getString("format")),
                rs.getLong("size_bytes"), new ImportOptions(rs.getBoolean("update_existing"),
                        rs.getBoolean("create_missing"), rs.getBoolean("ignore_unknown_columns")),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("rows_read"), rs.getInt("rows_written"),
                rs.getObject("rows_total", Integer.class), rs.getString("plan"),
                summary == null ? null : json.readValue(summary, ImportSummary.class), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
