package heard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A council's references may hold slashes (CSC/2024/0042). Thymeleaf escapes a link's {@code {ref}} as a path, leaving
 * a slash a slash, so that the address names another page; {@code {/ref}} escapes it as one segment (%2F).
 */
class LinksEncodeAReferenceAsOneSegmentTest {

    private static final Pattern REFERENCE_AS_PATH = Pattern.compile("@\\{[^}]*\\{(ref|reference)}");

    @Test
    void everyTemplateLinkToARecordUsesTheSegmentFormOfItsReference() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> unsafe = templates.filter(p -> p.toString().endsWith(".html")).flatMap(p -> lines(p).stream()
                    .filter(line -> REFERENCE_AS_PATH.matcher(line).find()).map(line -> p + ": " + line.strip()))
                    .toList();
            assertThat(unsafe).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
