package heard.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.security.accounts.OneTimePasswords;
import heard.security.accounts.PasswordPolicy;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.SecondFactorRepository;
import heard.security.persistence.StaffAccountRepository;
import heard.security.signin.Sessions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes staff accounts. Every change goes to the audit trail; nothing is deleted
 * (an account that should no longer sign in is made inactive, so its history keeps its name).
 */
@Service
public class StaffAccounts {

    private final StaffAccountRepository accounts;
    private final SecondFactorRepository secondFactors;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, SecondFactorRepository secondFactors, PasswordEncoder passwords,
                  Sessions sessions, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account. A local account gets a one-time password, returned here once and
     * changed by its owner at first sign-in; an account that signs in through the council's
     * identity provider gets none.
     *
     * @throws AccountProblem when the username is taken or no role is given
     */
    @Transactional
    public CreatedAccount create(NewStaffAccount request) {
        if (request.roles().isEmpty()) {
            throw new AccountProblem("roles", "account.roles.none");
        }
        String username = StaffAccount.normalise(request.username());
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountProblem("username", "account.username.taken");
        }
        String oneTimePassword = request.localPassword() ? OneTimePasswords.generate() : null;
        StaffAccount account = new StaffAccount(0, username, request.displayName().trim(), blankToNull(request.email()),
                oneTimePassword == null ? null : passwords.encode(oneTimePassword), oneTimePassword != null, true,
                request.teamId(), request.roles(), null, null, 0);
        long id;
        try {
            id = accounts.insert(account, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new AccountProblem("username", "account.username.taken");
        }
        StaffMember member = accounts.findById(id).orElseThrow().member();
        audit.changed(subject(member.id()), "created", "Account " + username + " created", null, member);
        return new CreatedAccount(member, oneTimePassword);
    }

    /**
     * Changes an account's details and roles. When the account can no longer sign in, or its roles
     * change, its sessions end on every instance (once the change is committed): the person's next
     * request is refused, and a new sign-in gets the account as it is now (ASVS 7.4.2, 8.3.2).
     *
     * @param version the version the person edited; a newer one means someone else changed the
     *                account meanwhile, and nothing is saved
     */
    @Transactional
    public StaffMember update(long id, int version, String displayName, String email, Set<Role> roles, Long teamId,
                              boolean active) {
        if (roles.isEmpty()) {
            throw new AccountProblem("roles", "account.roles.none");
        }
        StaffAccount before = accounts.findById(id).orElseThrow(() -> new AccountProblem(null, "account.notFound"));
        StaffAccount after = new StaffAccount(id, before.username(), displayName.trim(), blankToNull(email),
                before.passwordHash(), before.mustChangePassword(), active, teamId, roles, before.lockedUntil(),
                before.lastSignedInAt(), version);
        if (!accounts.update(after)) {
            throw new AccountProblem(null, "account.changedMeanwhile");
        }
        StaffMember member = accounts.findById(id).orElseThrow().member();
        audit.changed(subject(id), "updated", "Account " + before.username() + " changed", before.member(), member);
        if (before.active() && !active || !before.roles().equals(member.roles())) {
            endSessions(before, !active ? "account can no longer sign in" : "roles changed");
        }
        return member;
    }

    /** An administrator ends every session of a person: they must sign in again, wherever they were signed in. */
    @Transactional
    public void endSessions(long id) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new AccountProblem(null, "account.notFound"));
        endSessions(account, "ended by an administrator");
    }

    private void endSessions(StaffAccount account, String why) {
        audit.changed(subject(account.id()), "sessions ended", "Sessions of " + account.username() + " ended: " + why,
                null, null);
        sessions.endAllAfterCommit(account.username());
    }

    /** Gives a local account a new one-time password (the old one stops working); returns it once. */
    @Transactional
    public String resetPassword(long id) {
        StaffAccount account = accounts.findById(id).orElseThrow(() -> new AccountProblem(null, "account.notFound"));
        String oneTimePassword = OneTimePasswords.generate();
        accounts.setPassword(id, passwords.encode(oneTimePassword), true);
        audit.changed(subject(id), "password reset", "One-time password issued for " + account.username(), null, null);
        return oneTimePassword;
    }

    /** The owner of an account chooses a new password, giving the current one. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new AccountProblem(null, "account.notFound"));
        if (account.passwordHash() == null || currentPassword == null
                || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new AccountProblem("currentPassword", "password.current.wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountProblem("newPassword", "password.new.same");
        }
        Optional<String> broken = PasswordPolicy.check(newPassword, account.username());
        if (broken.isPresent()) {
            throw new AccountProblem("newPassword", broken.get());
        }
        accounts.setPassword(account.id(), passwords.encode(newPassword), false);
        audit.changed(subject(account.id()), "password changed", "Password changed by its owner", null, null);
    }

    @Transactional(readOnly = true)
    public List<StaffMember> all() {
        return accounts.findAll().stream().map(StaffAccount::member).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountDetails> details(long id) {
        return accounts.findById(id).map(a -> new AccountDetails(a.member(), a.version(), a.passwordHash() != null,
                a.lastSignedInAt(), secondFactors.enrolment(a.id()).map(SecondFactorRepository.Enrolment::setUpAt)
                .orElse(null), sessions.count(a.username())));
    }

    public static AuditSubject subject(long id) {
        return AuditSubject.of("staff-account", id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
