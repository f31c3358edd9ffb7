package heard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import heard.HeardApplication;
import heard.casework.CaseReference;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.MessageStatus;
import heard.notify.outbox.OutboxWorker;
import heard.notify.outbox.SentMessage;
import heard.notify.reminders.ReminderRun;
import heard.security.Role;
import heard.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A second instance of Heard starts on this test's database (PostgreSQL when the suite runs on it), on the
 * same clock. Both run the morning's reminders at the same moment, several times over, and then both send
 * what is queued at the same moment: every reminder and alert is queued once and reaches Notify once.
 */
class TwoInstancesSendEachReminderExactlyOnceTest extends NotifyTestContext {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 16);
    static Clock shared;

    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password:}")
    String password;

    ConfigurableApplicationContext second;

    /** The second instance reads the first's clock, as two servers read one time. */
    @Configuration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock sharedClock() {
            return shared;
        }
    }

    @AfterEach
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void remindersAlertsAndTheirSendingHappenOnceThoughBothInstancesDoEachAtOnce() throws Exception {
        NotifyStub.get().clear();
        sendByNotify();
        StaffMember officer = staff("Olive Officer", Role.COMPLAINTS_OFFICER);
        StaffMember manager = staff("Clare Manager", Role.COMPLAINTS_MANAGER);
        at(RECEIVED, LocalTime.of(9, 0));
        List<CaseReference> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            cases.add(aStageOneComplaint(officer, RECEIVED, pat()));
        }
        shared = clock;
        second = new SpringApplicationBuilder(HeardApplication.class, SharedClock.class)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                        "spring.datasource.password", password, "server.port", "0", "heard.jobs.run", "false",
                        "spring.main.allow-bean-definition-overriding", "true",
                        "spring.datasource.hikari.maximum-pool-size", "5"))
                .run();
        ReminderRun otherReminders = second.getBean(ReminderRun.class);
        OutboxWorker otherWorker = second.getBean(OutboxWorker.class);

        // The acknowledgements are due on 21 December: reminded on the 17th, alerted on the 22nd.
        for (LocalDate day : List.of(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 22))) {
            at(day, LocalTime.of(7, 0));
            together(reminders::run, otherReminders::run, reminders::run, otherReminders::run);
            together(worker::sendDue, otherWorker::sendDue);
        }

        for (CaseReference ref : cases) {
            List<SentMessage> toManager = messagesAbout(ref).stream()
                    .filter(m -> m.recipientStaffId() != null && m.recipientStaffId() == manager.id()).toList();
            assertThat(toManager).extracting(SentMessage::kind).as(ref.value())
                    .containsExactly(MessageKind.REMINDER, MessageKind.ALERT);
            assertThat(toManager).allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
            Map<String, Long> taken = NotifyStub.get().received().stream()
                    .collect(Collectors.groupingBy(NotifyStub.Received::reference, Collectors.counting()));
            assertThat(toManager).allSatisfy(m -> assertThat(taken.get("heard-" + m.id())).isEqualTo(1L));
        }
    }

    @SafeVarargs
    private static void together(Callable<?>... steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(steps.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (Callable<?> step : steps) {
                done.add(pool.submit(() -> {
                    start.await();
                    return step.call();
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
