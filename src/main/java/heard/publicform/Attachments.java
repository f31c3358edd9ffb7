package heard.publicform;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files sent with the public form, kept in the database under names Heard makes: at most
 * {@value #MOST_FILES} a submission, {@value #MOST_MEGABYTES} MB each, PDF, JPEG, PNG or Word, each
 * known by its bytes, and refused when its name says another type. Never served to the public.
 */
@Service
@Transactional
class Attachments {

    static final int MOST_FILES = 5;
    static final int MOST_MEGABYTES = 10;
    static final long MOST_BYTES = MOST_MEGABYTES * 1024L * 1024L;
    static final int NAME_LENGTH = 255;

    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\p{Cntrl}\\p{Cs}/\\\\]");

    private final JdbcClient jdbc;
    private final Clock clock;

    Attachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Why a file is refused: a message key of the form's words, with its arguments. */
    record Refused(String key, Object... arguments) {
    }

    /** Checks every file before keeping any, so that a refusal keeps none of them. */
    Optional<Refused> check(String draftId, List<MultipartFile> files) {
        if (count(draftId) + files.size() > MOST_FILES) {
            return Optional.of(new Refused("error.files.tooMany", MOST_FILES));
        }
        for (MultipartFile file : files) {
            String name = name(file);
            if (file.isEmpty()) {
                return Optional.of(new Refused("error.files.empty", name));
            }
            if (file.getSize() > MOST_BYTES) {
                return Optional.of(new Refused("error.files.tooBig", name, MOST_MEGABYTES));
            }
            Optional<FileType> type = FileType.of(bytes(file));
            if (type.isEmpty()) {
                return Optional.of(new Refused("error.files.wrongType", name));
            }
            if (!type.get().isNamedBy(name)) {
                return Optional.of(new Refused("error.files.mislabelled", name));
            }
        }
        return Optional.empty();
    }

    /** Keeps files already checked ({@link #check}) with the draft. */
    void keep(String draftId, List<MultipartFile> files) {
        for (MultipartFile file : files) {
            byte[] bytes = bytes(file);
            FileType type = FileType.of(bytes).orElseThrow();
            jdbc.sql("""
                    INSERT INTO public_attachment (stored_name, draft_id, original_name, media_type, size_bytes, content, created_at)
                    VALUES (:stored, :draft, :name, :type, :size, :content, :at)""")
                    .param("stored", UUID.randomUUID().toString()).param("draft", draftId).param("name", name(file))
                    .param("type", type.mediaType()).param("size", (long) bytes.length).param("content", bytes)
                    .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
        }
    }

    void remove(String draftId, String storedName) {
        jdbc.sql("DELETE FROM public_attachment WHERE draft_id = :draft AND stored_name = :stored AND submission_id IS NULL")
                .param("draft", draftId).param("stored", storedName).update();
    }

    @Transactional(readOnly = true)
    List<Attachment> ofDraft(String draftId) {
        return jdbc.sql("""
                SELECT stored_name, original_name, media_type, size_bytes FROM public_attachment
                WHERE draft_id = :draft AND submission_id IS NULL ORDER BY id""")
                .param("draft", draftId).query(Attachment.class).list();
    }

    @Transactional(readOnly = true)
    List<Attachment> ofSubmission(long submissionId) {
        return jdbc.sql("""
                SELECT stored_name, original_name, media_type, size_bytes FROM public_attachment
                WHERE submission_id = :id ORDER BY id""")
                .param("id", submissionId).query(Attachment.class).list();
    }

    /** A submission's file, for a complaints officer to download. */
    @Transactional(readOnly = true)
    Optional<byte[]> content(long submissionId, String storedName) {
        return jdbc.sql("SELECT content FROM public_attachment WHERE submission_id = :id AND stored_name = :stored")
                .param("id", submissionId).param("stored", storedName).query(byte[].class).optional();
    }

    /** The draft's files become the submission's. */
    void belongTo(String draftId, long submissionId) {
        jdbc.sql("UPDATE public_attachment SET submission_id = :id WHERE draft_id = :draft AND submission_id IS NULL")
                .param("id", submissionId).param("draft", draftId).update();
    }

    private int count(String draftId) {
        return jdbc.sql("SELECT COUNT(*) FROM public_attachment WHERE draft_id = :draft AND submission_id IS NULL")
                .param("draft", draftId).query(Integer.class).single();
    }

    /** The name as sent, without any path or characters no one types, at most 255 characters. */
    static String name(MultipartFile file) {
        String sent = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        int slash = Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\'));
        String name = NOT_IN_A_NAME.matcher(sent.substring(slash + 1)).replaceAll("").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= NAME_LENGTH ? name : name.substring(name.length() - NAME_LENGTH);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UnreadableUpload(unreadable);
        }
    }

    /** An upload that broke off on the way: refused, not a server error. */
    static class UnreadableUpload extends RuntimeException {
        UnreadableUpload(IOException cause) {
            super("The upload could not be read", cause);
        }
    }
}
