package heard.calendar;

import java.util.Locale;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The calendar's beans: the working-day calendar every module uses, its settings link, its auditing. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarCache cache) {
        return new WorkingDayCalendar(cache::current);
    }

    @Bean
    SettingsLink calendarSettings() {
        return new SettingsLink("calendar.settings.title", "calendar.settings.description", "/settings/calendar", 50,
                Set.of("ROLE_ADMINISTRATOR", "ROLE_COMPLAINTS_MANAGER"));
    }

    @Bean
    CalendarAuditor calendarAuditor(AuditTrail audit) {
        return new CalendarAuditor(audit);
    }

    /** Records every change to the calendar in the audit trail, inside the change's own transaction. */
    static final class CalendarAuditor {

        private final AuditTrail audit;

        CalendarAuditor(AuditTrail audit) {
            this.audit = audit;
        }

        @EventListener
        void changed(CalendarChanged change) {
            String what = change.what().name().toLowerCase(Locale.ROOT);
            audit.changed(new AuditSubject("calendar", what), what.replace('_', ' '), change.summary(), null, null);
        }
    }
}
