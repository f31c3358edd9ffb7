package heard.publicform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The public_submission table and its yearly numbering (V080). */
@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of a year, WEB-2026-00001 onwards. */
    String nextReference(int year) {
        if (increment(year) == 0) {
            // The year's first submission makes its row; another at the same moment finds it made.
            jdbc.sql("INSERT INTO public_submission_sequence (sequence_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
                    .param("year", year).update();
            increment(year);
        }
        int number = jdbc.sql("SELECT last_number FROM public_submission_sequence WHERE sequence_year = :year")
                .param("year", year).query(Integer.class).single();
        return String.format("WEB-%d-%05d", year, number);
    }

    private int increment(int year) {
        return jdbc.sql("UPDATE public_submission_sequence SET last_number = last_number + 1 WHERE sequence_year = :year")
                .param("year", year).update();
    }

    long insert(String reference, Answers a, Instant at, java.time.LocalDate on) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO public_submission (reference, handover_id, kind, young_version, received_at, received_on,
                    writer, child_name, child_agrees, advocate_wanted, service_area_id, what_happened, put_right,
                    staff_named, from_name, reply_by, email, phone, postal_address, status)
                VALUES (:reference, :handover, :kind, :young, :at, :on, :writer, :childName, :childAgrees, :advocate,
                    :area, :what, :putRight, :staff, :fromName, :replyBy, :email, :phone, :address, 'NEW')""")
                .param("reference", reference)
                .param("handover", UUID.randomUUID().toString())
                .param("kind", a.kind().name())
                .param("young", a.young())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("on", on)
                .param("writer", a.getWriter())
                .param("childName", applies(Question.CHILD_NAME, a) ? a.getChildName() : null)
                .param("childAgrees", applies(Question.CHILD_AGREES, a) ? a.getChildAgrees() : null)
                .param("advocate", applies(Question.ADVOCATE, a) ? (Boolean) "yes".equals(a.getAdvocate()) : null)
                .param("area", Question.NOT_SURE.equals(a.getServiceArea()) ? null : Long.valueOf(a.getServiceArea()))
                .param("what", a.getWhatHappened())
                .param("putRight", applies(Question.PUT_RIGHT, a) ? a.getPutRight() : null)
                .param("staff", applies(Question.STAFF, a) ? a.getStaffNamed() : null)
                .param("fromName", a.getFromName())
                .param("replyBy", a.getReplyBy())
                .param("email", ReplyBy.EMAIL.name().equals(a.getReplyBy()) ? a.getEmail() : null)
                .param("phone", ReplyBy.PHONE.name().equals(a.getReplyBy()) ? a.getPhone() : null)
                .param("address", ReplyBy.POST.name().equals(a.getReplyBy()) ? a.getPostalAddress() : null)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static boolean applies(Question question, Answers a) {
        return question.appliesTo(a);
    }

    void receiptQueued(long id) {
        jdbc.sql("UPDATE public_submission SET receipt_queued = TRUE WHERE id = :id").param("id", id).update();
    }

    Optional<Submission> find(String reference) {
        return jdbc.sql("SELECT * FROM public_submission WHERE reference = :reference").param("reference", reference)
                .query(SubmissionRepository::row).optional();
    }

    Optional<Submission> findByHandover(UUID handover) {
        return jdbc.sql("SELECT * FROM public_submission WHERE handover_id = :id").param("id", handover.toString())
                .query(SubmissionRepository::row).optional();
    }

    Optional<Submission> findByRecord(String recordReference) {
        return jdbc.sql("SELECT * FROM public_submission WHERE record_reference = :reference")
                .param("reference", recordReference).query(SubmissionRepository::row).optional();
    }

    /** What waits, oldest first. */
    List<Submission> waiting(int limit) {
        return jdbc.sql("SELECT * FROM public_submission WHERE status = 'NEW' ORDER BY received_at, id LIMIT :limit")
                .param("limit", limit).query(SubmissionRepository::row).list();
    }

    /** What was dealt with most recently. */
    List<Submission> decided(int limit) {
        return jdbc.sql("SELECT * FROM public_submission WHERE status <> 'NEW' ORDER BY decided_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(SubmissionRepository::row).list();
    }

    /** Records the decision on a waiting submission; false when it was decided or changed meanwhile. */
    boolean decide(long id, int version, SubmissionStatus status, Decision decision, String by, Instant at,
                   String recordReference, NotForHeard reason, String note) {
        return jdbc.sql("""
                UPDATE public_submission SET status = :status, decided_as = :decision, decided_by = :by, decided_at = :at,
                    record_reference = :record, not_for_heard = :reason, not_for_heard_note = :note, version = version + 1
                WHERE id = :id AND version = :version AND status = 'NEW'""")
                .param("status", status.name()).param("decision", decision.name()).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("record", recordReference)
                .param("reason", reason == null ? null : reason.name()).param("note", note)
                .param("id", id).param("version", version).update() == 1;
    }

    private static Submission row(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getString("reference"), rs.getString("handover_id"),
                SubmissionKind.valueOf(rs.getString("kind")), rs.getBoolean("young_version"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("received_on", java.time.LocalDate.class), Writer.valueOf(rs.getString("writer")),
                rs.getString("child_name"), rs.getString("child_agrees"), (Boolean) rs.getObject("advocate_wanted"),
                (Long) rs.getObject("service_area_id", Long.class), rs.getString("what_happened"),
                rs.getString("put_right"), rs.getString("staff_named"), rs.getString("from_name"),
                ReplyBy.valueOf(rs.getString("reply_by")), rs.getString("email"), rs.getString("phone"),
                rs.getString("postal_address"), rs.getBoolean("receipt_queued"),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                enumOrNull(Decision.class, rs.getString("decided_as")), rs.getString("decided_by"),
                Optional.ofNullable(rs.getObject("decided_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null),
                rs.getString("record_reference"), enumOrNull(NotForHeard.class, rs.getString("not_for_heard")),
                rs.getString("not_for_heard_note"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
