package heard;

import static org.assertj.core.api.Assertions.assertThat;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class HeardStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheDatabaseOnStart() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE").query(Long.class).single())
                .isPositive();
    }
}
