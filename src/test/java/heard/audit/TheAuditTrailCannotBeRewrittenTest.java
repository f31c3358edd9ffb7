package heard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class TheAuditTrailCannotBeRewrittenTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    /** Each test audits a subject of its own: the tests of a class share one database. */
    private final AuditSubject team = new AuditSubject("team", java.util.UUID.randomUUID().toString());

    @Test
    @WithMockUser("olive.officer")
    void recordsWhoChangedWhatWithTheStateBeforeAndAfter() {
        transactions.executeWithoutResult(t ->
                audit.changed(team, "renamed", "Team renamed", Map.of("name", "Old"), Map.of("name", "New")));

        assertThat(audit.history(team)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("olive.officer");
            assertThat(event.action()).isEqualTo("renamed");
            assertThat(event.before()).contains("\"Old\"");
            assertThat(event.after()).contains("\"New\"");
        });
    }

    @Test
    void refusesToUpdateOrDeleteItsRows() {
        transactions.executeWithoutResult(t -> audit.noted(team, "viewed", null));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
        // PostgreSQL's trigger refuses it; H2, which fires none on TRUNCATE, refuses to empty a table a key refers to.
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_event").update())
                .hasStackTraceContaining(heard.testing.TestDatabase.isPostgres() ? "append-only" : "Cannot truncate");
        assertThat(audit.history(team)).hasSize(1);
    }

    @Test
    void aChangeOutsideATransactionIsRefusedSoThatItCannotBeRecordedWithoutItsAuditEntry() {
        assertThatThrownBy(() -> audit.changed(team, "renamed", null, null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
