package heard.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fictional case log bundled with Heard (three financial years, about 1,500 records, made by
 * {@link SampleCaseLog}), for trying Heard out and for training: loaded only into an empty database.
 */
@Component
class SampleData {

    static final String FILE_NAME = "case-log-sample.csv";
    static final String RESOURCE = "sample/" + FILE_NAME;

    long size() throws IOException {
        return new ClassPathResource(RESOURCE).contentLength();
    }

    InputStream open() throws IOException {
        return new ClassPathResource(RESOURCE).getInputStream();
    }

    /** The bundled file on disk, where the import reads it (twice: to check and to write). */
    Path copyToTemporaryFile() throws IOException {
        Path file = Files.createTempFile("heard-sample-", ".csv");
        try (InputStream in = open()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
