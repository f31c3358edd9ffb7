package heard.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each fragment in templates/govuk renders every example in the GOV.UK Frontend component's own
 * fixtures.json (copied by frontend/build.sh) as the Nunjucks macro does, once both are normalised
 * by {@link NormalisedHtml}.
 */
class GovukComponentFixturesTest {

    private static final String FIXTURES = "govuk-frontend/";

    /** The components Heard has fragments for; header, cookie-banner, exit-this-page, language-navigation and feedback are not used. */
    private static final List<String> COMPONENTS = List.of("accordion", "back-link", "breadcrumbs", "button",
            "character-count", "checkboxes", "date-input", "details", "error-message", "error-summary", "fieldset",
            "file-upload", "footer", "generic-header", "hint", "input", "inset-text", "label", "notification-banner",
            "pagination", "panel", "password-input", "phase-banner", "radios", "select", "service-navigation",
            "skip-link", "summary-list", "table", "tabs", "tag", "task-list", "textarea", "warning-text");

    /** Fixtures ("component: fixture name") a fragment cannot match, each with the reason. */
    private static final Map<String, String> EXCLUDED = Map.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> fragments_render_the_fixtures_as_the_macros_do() {
        return COMPONENTS.stream()
                .flatMap(GovukComponentFixturesTest::fixtures)
                .filter(fixture -> !EXCLUDED.containsKey(fixture.testName()))
                .map(fixture -> DynamicTest.dynamicTest(fixture.testName(), () -> {
                    String html = Templates.component(fixture.component(), fixture.options());
                    assertThat(NormalisedHtml.parseErrors(html)).as(fixture.testName()).isEmpty();
                    assertThat(NormalisedHtml.of(html)).as(fixture.testName()).isEqualTo(NormalisedHtml.of(fixture.html()));
                }));
    }

    @Test
    void the_fixtures_are_those_of_the_govuk_frontend_version_heard_uses() {
        assertThat(resource("VERSION").strip()).isEqualTo("6.6.0");
    }

    @Test
    void only_fixtures_that_exist_are_excluded() {
        assertThat(COMPONENTS.stream().flatMap(GovukComponentFixturesTest::fixtures).map(Fixture::testName))
                .containsAll(EXCLUDED.keySet());
    }

    private record Fixture(String component, String name, Object options, String html) {
        String testName() {
            return component + ": " + name;
        }
    }

    private static Stream<Fixture> fixtures(String component) {
        Map<?, ?> file = JSON.readValue(resource("components/" + component + "/fixtures.json"), Map.class);
        return ((List<?>) file.get("fixtures")).stream()
                .map(Map.class::cast)
                .map(fixture -> new Fixture(component, (String) fixture.get("name"), fixture.get("options"),
                        (String) fixture.get("html")));
    }

    private static String resource(String path) {
        try (InputStream in = GovukComponentFixturesTest.class.getClassLoader().getResourceAsStream(FIXTURES + path)) {
            if (in == null) {
                throw new IllegalStateException("no " + FIXTURES + path + ": run frontend/build.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
