package heard.privacy;

import java.util.Set;

import heard.security.Role;
import heard.web.SettingsLink;
import heard.web.SettingsStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where privacy appears: the Settings page (retention periods, the retention review, subject access). */
@Configuration(proxyBeanMethods = false)
class PrivacyWeb {

    /** Who approves erasures, places legal holds and answers subject access requests. */
    static final String MANAGERS = "hasRole('COMPLAINTS_MANAGER')";

    /** Who sets the retention periods. */
    static final String SCHEDULE_KEEPERS = "hasAnyRole('COMPLAINTS_MANAGER', 'ADMINISTRATOR')";

    @Bean
    SettingsLink retentionPeriodsLink(RetentionSchedule schedule) {
        return new SettingsLink("retentionSettings.title", "retentionSettings.description",
                RetentionSettingsController.PATH, 80,
                Set.of(Role.COMPLAINTS_MANAGER.authority(), Role.ADMINISTRATOR.authority()), () -> {
                    RetentionSchedule.Periods periods = schedule.periods();
                    return SettingsStatus.optional("retentionSettings.status", periods.of(RecordClass.COMPLAINT),
                            periods.of(RecordClass.COMPLIMENT), periods.of(RecordClass.AUDIT));
                });
    }

    @Bean
    SettingsLink retentionReviewLink(RetentionSchedule schedule) {
        return new SettingsLink("retentionReview.title", "retentionReview.description", RetentionReviewController.PATH,
                81, Set.of(Role.COMPLAINTS_MANAGER.authority()), () -> {
                    long waiting = schedule.due().stream().filter(d -> !d.held()).count();
                    // Not a step of setting Heard up: never "incomplete", which would hold up the task list.
                    return waiting == 0 ? SettingsStatus.optional("retentionReview.status.none")
                            : SettingsStatus.optional("retentionReview.status", waiting);
                });
    }

    @Bean
    SettingsLink subjectAccessLink(SubjectAccessRequests requests) {
        return new SettingsLink("requests.title", "requests.description", SubjectAccessController.PATH, 82,
                Set.of(Role.COMPLAINTS_MANAGER.authority()), () -> SettingsStatus.optional("requests.status",
                        requests.all().stream().filter(r -> r.answeredOn() == null).count()));
    }
}
