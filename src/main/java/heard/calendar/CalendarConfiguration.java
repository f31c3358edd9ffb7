package heard.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.web.FormProblems;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
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

    /**
     * The calendar needs a newer bank-holidays file once it ends within six months: an extended Stage 2 runs
     * 65 working days, and a suspension pushes deadlines further, so they would soon run off its end.
     */
    @Bean
    SettingsLink calendarSettings(WorkingDayCalendar calendar, Clock clock) {
        return new SettingsLink("calendar.settings.title", "calendar.settings.description", "/settings/calendar", 50,
                Set.of("ROLE_ADMINISTRATOR", "ROLE_COMPLAINTS_MANAGER"), () -> {
                    LocalDate end = calendar.known().end();
                    String until = FormProblems.GOVUK_DATE.format(end);
                    return end.isBefore(LocalDate.now(clock).plusMonths(6))
                            ? SettingsStatus.incomplete("calendar.settings.status.ending", until)
                            : SettingsStatus.completed("calendar.settings.status.known", until);
                });
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
