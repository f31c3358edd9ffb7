package heard.publicform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * The kinds of file the public may send, each known by its bytes (Apache Tika's magic numbers; a Word
 * document, being a zip, by the parts inside it), and named with the extensions that say it.
 */
enum FileType {
    PDF("application/pdf", Set.of("pdf")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    PNG("image/png", Set.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"));

    private static final Tika TIKA = new Tika();

    private final String mediaType;
    private final Set<String> extensions;

    FileType(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type the bytes are, if one of these; the name plays no part. */
    static Optional<FileType> of(byte[] bytes) {
        String detected = TIKA.detect(bytes);
        return switch (detected) {
            case "application/pdf" -> Optional.of(PDF);
            case "image/jpeg" -> Optional.of(JPEG);
            case "image/png" -> Optional.of(PNG);
            case "application/zip", "application/x-tika-ooxml" -> isWordDocument(bytes) ? Optional.of(DOCX) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether a file's name says this type (its extension). */
    boolean isNamedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A Word document is a zip holding its main part; only the entries' names are read, never their content. */
    private static boolean isWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean types = false;
            boolean document = false;
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null && entries < 1000; e = zip.getNextEntry(), entries++) {
                types |= e.getName().equals("[Content_Types].xml");
                document |= e.getName().equals("word/document.xml");
            }
            return types && document;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }
}
