package heard.security.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import heard.security.Role;
import heard.security.accounts.StaffAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class StaffAccountRepository {

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return one("WHERE a.username = :value", StaffAccount.normalise(username));
    }

    public Optional<StaffAccount> findById(long id) {
        return one("WHERE a.id = :value", id);
    }

    public Optional<StaffAccount> findByEmail(String email) {
        return one("WHERE LOWER(a.email) = :value", StaffAccount.normalise(email));
    }

    public List<StaffAccount> findAll() {
        return withRoles(jdbc.sql("SELECT a.* FROM staff_account a ORDER BY LOWER(a.display_name), a.username")
                .query(StaffAccountRepository::account).list());
    }

    public long insert(StaffAccount account, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO staff_account (username, display_name, email, password_hash, must_change_password,
                                           active, team_id, created_at)
                VALUES (:username, :displayName, :email, :hash, :mustChange, :active, :teamId, :now)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("email", account.email())
                .param("hash", account.passwordHash())
                .param("mustChange", account.mustChangePassword())
                .param("active", account.active())
                .param("teamId", account.teamId())
                .param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        saveRoles(id, account.roles());
        return id;
    }

    /** Saves the editable details; false when the account changed since {@code account.version()} was read. */
    public boolean update(StaffAccount account) {
        int rows = jdbc.sql("""
                UPDATE staff_account SET display_name = :displayName, email = :email, active = :active,
                       team_id = :teamId, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("displayName", account.displayName())
                .param("email", account.email())
                .param("active", account.active())
                .param("teamId", account.teamId())
                .param("id", account.id())
                .param("version", account.version())
                .update();
        if (rows == 1) {
            jdbc.sql("DELETE FROM staff_account_role WHERE account_id = :id").param("id", account.id()).update();
            saveRoles(account.id(), account.roles());
        }
        return rows == 1;
    }

    public void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                UPDATE staff_account SET password_hash = :hash, must_change_password = :mustChange,
                       failed_sign_ins = 0, locked_until = NULL, version = version + 1
                WHERE id = :id""")
                .param("hash", hash).param("mustChange", mustChange).param("id", id).update();
    }

    public void recordSignIn(String username, Instant now) {
        jdbc.sql("UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL, last_signed_in_at = :now WHERE username = :u")
                .param("now", utc(now)).param("u", StaffAccount.normalise(username)).update();
    }

    /** Counts a failed sign-in in the database (not in memory: every instance must see it). Returns the new count. */
    public int recordFailedSignIn(String username) {
        String u = StaffAccount.normalise(username);
        jdbc.sql("UPDATE staff_account SET failed_sign_ins = failed_sign_ins + 1 WHERE username = :u").param("u", u).update();
        return jdbc.sql("SELECT failed_sign_ins FROM staff_account WHERE username = :u").param("u", u)
                .query(Integer.class).optional().orElse(0);
    }

    public void lockUntil(String username, Instant until) {
        jdbc.sql("UPDATE staff_account SET locked_until = :until WHERE username = :u")
                .param("until", utc(until)).param("u", StaffAccount.normalise(username)).update();
    }

    private Optional<StaffAccount> one(String where, Object value) {
        return withRoles(jdbc.sql("SELECT a.* FROM staff_account a " + where).param("value", value)
                .query(StaffAccountRepository::account).list()).stream().findFirst();
    }

    private List<StaffAccount> withRoles(List<StaffAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT account_id, role FROM staff_account_role WHERE account_id IN (:ids)")
                .param("ids", accounts.stream().map(StaffAccount::id).toList())
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return accounts.stream().map(a -> a.withRoles(roles.getOrDefault(a.id(), Set.of()))).toList();
    }

    private void saveRoles(long id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getBoolean("active"), rs.getObject("team_id", Long.class), Set.of(), instant(rs, "locked_until"),
                instant(rs, "last_signed_in_at"), rs.getInt("version"));
    }
}
