package heard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Spring formats a message with {@link java.text.MessageFormat} only when it is given arguments: a message
 * with no placeholder is shown as written, so {@code children''s} would show both apostrophes; one with
 * placeholders goes through MessageFormat, where a lone apostrophe starts a quotation and disappears, with
 * the placeholders after it. Every bundle is read as Spring reads it.
 */
class EveryMessageShowsItsApostrophesAsWrittenTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** Shown without arguments, and naming the placeholders {0} and {1} themselves, for a council editing its wording. */
    private static final Set<String> ABOUT_PLACEHOLDERS = Set.of("publicformSettings.wording.hint");

    @Test
    void noMessageWithoutArgumentsDoublesAnApostropheAndNoMessageWithArgumentsHasALoneOne() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        assertThat(bundles).as("message bundles").hasSizeGreaterThan(5);
        List<String> wrong = new ArrayList<>();
        for (Resource bundle : bundles) {
            Properties messages = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(text).find() && !ABOUT_PLACEHOLDERS.contains(key);
                if (!formatted && text.contains("''")) {
                    wrong.add(bundle.getFilename() + ": " + key + " has no arguments, so '' shows as two apostrophes: " + text);
                }
                if (formatted && LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(bundle.getFilename() + ": " + key + " has arguments, so a lone ' must be written '': " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
