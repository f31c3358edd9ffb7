package heard.security.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** heard.security.session.* and heard.security.confirmed-within bind as the README says, and refuse nonsense. */
class SessionTimeoutsAreConfiguredTest {

    @Test
    void theTimeoutsAreReadFromTheirProperties() {
        SecurityProperties properties = bind(Map.of("heard.security.session.idle-timeout", "15m",
                "heard.security.session.absolute-timeout", "8h", "heard.security.confirmed-within", "2m"));

        assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.session().absoluteTimeout()).isEqualTo(Duration.ofHours(8));
        assertThat(properties.confirmedWithin()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void withoutThemTheDefaultsHold() {
        SecurityProperties properties = bind(Map.of("heard.security.local-sign-in", "true"));

        assertThat(properties.session().idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.session().absoluteTimeout()).isEqualTo(Duration.ofHours(10));
        assertThat(properties.confirmedWithin()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anAbsoluteTimeoutShorterThanTheIdleOneIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("heard.security.session.idle-timeout", "2h",
                "heard.security.session.absolute-timeout", "1h")))
                .hasStackTraceContaining("must not be shorter than heard.security.session.idle-timeout");
    }

    private static SecurityProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("heard.security", SecurityProperties.class);
    }
}
