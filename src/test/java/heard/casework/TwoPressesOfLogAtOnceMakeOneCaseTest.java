package heard.casework;

import static heard.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check page's button pressed twice: both requests carry the draft's one submission, and however they
 * interleave, one complaint is logged and the other request learns which.
 */
@DatabaseTest
class TwoPressesOfLogAtOnceMakeOneCaseTest {

    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

    @Autowired
    Casework casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    String officer;

    @BeforeEach
    void officer() {
        officer = accounts.create(new NewStaffAccount("olive-" + UUID.randomUUID().toString().substring(0, 8),
                "Olive Officer", null, Set.of(Role.COMPLAINTS_OFFICER), null, true)).member().username();
        clock.setDate(RECEIVED);
    }

    @Test
    void twoPressesArrivingTogetherLogOneComplaintAndTheSecondFindsIt() throws Exception {
        UUID submission = UUID.randomUUID();
        long before = complaints();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Object> press = () -> as(officer, () -> {
            try {
                together.await();
                return casework.log(aComplaint(), submission);
            } catch (DuplicateKeyException second) {
                return second;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ExecutorService presses = Executors.newFixedThreadPool(2);
        List<Object> results;
        try {
            results = presses.invokeAll(List.of(press, press)).stream().map(TwoPressesOfLogAtOnceMakeOneCaseTest::result)
                    .toList();
        } finally {
            presses.shutdown();
        }

        assertThat(results).filteredOn(CaseReference.class::isInstance).singleElement()
                .isEqualTo(as(officer, () -> casework.loggedBy(submission)).orElseThrow());
        assertThat(results).filteredOn(DuplicateKeyException.class::isInstance).hasSize(1);
        assertThat(complaints()).isEqualTo(before + 1);
    }

    /** Found by the load test: the first two complaints of a year, logged at once, both failed or one did. */
    @Test
    void twoOfficersLoggingTheFirstComplaintsOfAYearAtOnceBothGetAReference() throws Exception {
        LocalDate newYear = LocalDate.of(2031, 1, 2);
        clock.setDate(newYear);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Object> log = () -> as(officer, () -> {
            try {
                together.await();
                return casework.log(new NewComplaint(ComplaintFixtures.details(newYear), ProcedureKind.STATUTORY,
                        "A parent, about their child", null), UUID.randomUUID());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ExecutorService officers = Executors.newFixedThreadPool(2);
        List<Object> references;
        try {
            references = officers.invokeAll(List.of(log, log)).stream().map(TwoPressesOfLogAtOnceMakeOneCaseTest::result)
                    .toList();
        } finally {
            officers.shutdown();
        }

        assertThat(references).hasSize(2).doesNotHaveDuplicates().allMatch(CaseReference.class::isInstance);
    }

    @Test
    void aPressAfterTheComplaintWasLoggedLogsNothingAndFindsIt() {
        UUID submission = UUID.randomUUID();
        CaseReference first = as(officer, () -> casework.log(aComplaint(), submission));
        long after = complaints();

        assertThatThrownBy(() -> as(officer, () -> casework.log(aComplaint(), submission)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(complaints()).isEqualTo(after);
        assertThat(as(officer, () -> casework.loggedBy(submission))).contains(first);
        assertThat(as(officer, () -> casework.loggedBy(UUID.randomUUID()))).isEmpty();
    }

    private static NewComplaint aComplaint() {
        return new NewComplaint(ComplaintFixtures.details(RECEIVED), ProcedureKind.STATUTORY, "A parent, about their child", null);
    }

    private long complaints() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }

    private static Object result(Future<Object> press) {
        try {
            return press.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
