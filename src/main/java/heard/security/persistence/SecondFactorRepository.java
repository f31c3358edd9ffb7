package heard.security.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts' TOTP secrets and recovery codes, and the setting that says who must have them. */
@Repository
public class SecondFactorRepository {

    /** A person's authenticator app, as Heard knows it. */
    public record Enrolment(String secret, Instant setUpAt) {
    }

    public record RecoveryCode(long id, String hash) {
    }

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Enrolment> enrolment(long accountId) {
        return jdbc.sql("SELECT totp_secret, totp_set_up_at FROM staff_account WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", accountId)
                .query((rs, n) -> new Enrolment(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Keeps a confirmed secret, with the step of the code that confirmed it (already used). */
    public void enrol(long accountId, String secret, long usedStep, Instant now) {
        jdbc.sql("UPDATE staff_account SET totp_secret = :secret, totp_set_up_at = :now, totp_last_step = :step WHERE id = :id")
                .param("secret", secret).param("now", utc(now)).param("step", usedStep).param("id", accountId).update();
    }

    /**
     * Claims a time step for a code just accepted: true when no code of this step or a later one was
     * accepted before. One statement, so two requests with the same code on two instances cannot both win.
     */
    public boolean claimStep(long accountId, long step) {
        return jdbc.sql("""
                UPDATE staff_account SET totp_last_step = :step
                WHERE id = :id AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("id", accountId).update() == 1;
    }

    public void remove(long accountId) {
        jdbc.sql("UPDATE staff_account SET totp_secret = NULL, totp_set_up_at = NULL, totp_last_step = NULL WHERE id = :id")
                .param("id", accountId).update();
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :id").param("id", accountId).update();
    }

    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :id").param("id", accountId).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:id, :hash)")
                    .param("id", accountId).param("hash", hash).update();
        }
    }

    public List<RecoveryCode> unusedRecoveryCodes(long accountId) {
        return jdbc.sql("SELECT id, code_hash FROM recovery_code WHERE account_id = :id AND used_at IS NULL ORDER BY id")
                .param("id", accountId).query((rs, n) -> new RecoveryCode(rs.getLong(1), rs.getString(2))).list();
    }

    /** Marks a recovery code used: true for the one request that used it first. */
    public boolean useRecoveryCode(long codeId, Instant now) {
        return jdbc.sql("UPDATE recovery_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("now", utc(now)).param("id", codeId).update() == 1;
    }

    public boolean requiredForEveryone() {
        return jdbc.sql("SELECT second_factor_for_everyone FROM security_settings WHERE id = 1")
                .query(Boolean.class).single();
    }

    public int settingsVersion() {
        return jdbc.sql("SELECT version FROM security_settings WHERE id = 1").query(Integer.class).single();
    }

    /** False when the setting changed since {@code version} was read. */
    public boolean setRequiredForEveryone(boolean everyone, int version) {
        return jdbc.sql("""
                UPDATE security_settings SET second_factor_for_everyone = :everyone, version = version + 1
                WHERE id = 1 AND version = :version""")
                .param("everyone", everyone).param("version", version).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
