package heard;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now" for every module, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** English councils work in UK time: a complaint received at 00:30 BST is received that day. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
