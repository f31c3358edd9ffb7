package heard.security.secondfactor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import heard.audit.AuditTrail;
import heard.organisation.Organisation;
import heard.security.AccountProblem;
import heard.security.StaffAccounts;
import heard.security.accounts.OneTimePasswords;
import heard.security.accounts.StaffAccount;
import heard.security.persistence.SecondFactorRepository;
import heard.security.persistence.StaffAccountRepository;
import heard.security.signin.Sessions;
import heard.security.signin.SignInAttempts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factor: setting up an authenticator app, checking its codes (each once) and
 * the recovery codes that stand in for it, and taking it away. Every change is audited; every
 * wrong code counts towards locking the account, as a wrong password does.
 */
@Service
public class SecondFactors {

    static final int RECOVERY_CODES = 10;

    /** What a person sees to add Heard to their authenticator app. */
    record NewSecret(String secret, String grouped, String qrCodeSvg) {
    }

    public enum Outcome { ACCEPTED, REFUSED, LOCKED }

    /** The answer to a code: accepted or not, and how many recovery codes are left after one was used. */
    public record Check(Outcome outcome, int recoveryCodesLeft) {

        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final StaffAccountRepository accounts;
    private final SecondFactorRepository factors;
    private final SecondFactorPolicy policy;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Organisation organisation;
    private final Clock clock;

    SecondFactors(StaffAccountRepository accounts, SecondFactorRepository factors, SecondFactorPolicy policy,
                  SignInAttempts attempts, PasswordEncoder passwords, Sessions sessions, AuditTrail audit,
                  Organisation organisation, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.policy = policy;
        this.attempts = attempts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> setUpAt(String username) {
        return accounts.findByUsername(username).flatMap(a -> factors.enrolment(a.id())).map(SecondFactorRepository.Enrolment::setUpAt);
    }

    @Transactional(readOnly = true)
    public boolean isSetUp(String username) {
        return setUpAt(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean requiredFor(String username) {
        return accounts.findByUsername(username).map(policy::requiredFor).orElse(false);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return accounts.findByUsername(username).map(a -> factors.unusedRecoveryCodes(a.id()).size()).orElse(0);
    }

    /** The QR code and text of a secret not yet confirmed, for this person's authenticator app. */
    public NewSecret describe(String secret, String username, String qrCodeLabel) {
        String issuer = "Heard (" + organisation.councilName() + ")";
        return new NewSecret(secret, Totp.grouped(secret), QrCodeSvg.of(Totp.keyUri(secret, issuer, username).toString(),
                qrCodeLabel));
    }

    /**
     * Keeps a new secret once the person has shown, with a code from it, that their app holds it.
     *
     * @return the new recovery codes, to show once
     * @throws AccountProblem when the code is not the secret's
     */
    @Transactional
    public List<String> setUp(String username, String secret, String code) {
        StaffAccount account = account(username);
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountProblem("code", "secondFactor.code.wrong");
        }
        factors.enrol(account.id(), secret, step.getAsLong(), clock.instant());
        List<String> codes = newRecoveryCodes(account);
        audit.changed(StaffAccounts.subject(account.id()), "second factor set up",
                "Authenticator app set up by " + username, null, null);
        return codes;
    }

    /** Checks a code from the person's authenticator app; a code already used (here or on another instance) is refused. */
    @Transactional
    public Check checkCode(String username, String code) {
        StaffAccount account = account(username);
        if (account.lockedAt(clock.instant())) {
            return new Check(Outcome.LOCKED, 0);
        }
        Optional<SecondFactorRepository.Enrolment> enrolment = factors.enrolment(account.id());
        OptionalLong step = enrolment.isEmpty() ? OptionalLong.empty()
                : Totp.matchingStep(enrolment.get().secret(), code, clock.instant());
        if (step.isPresent() && factors.claimStep(account.id(), step.getAsLong())) {
            return new Check(Outcome.ACCEPTED, 0);
        }
        return refused(username, "second factor code");
    }

    /** Checks a recovery code, which then never works again. */
    @Transactional
    public Check checkRecoveryCode(String username, String code) {
        StaffAccount account = account(username);
        if (account.lockedAt(clock.instant())) {
            return new Check(Outcome.LOCKED, 0);
        }
        String typed = normalised(code);
        if (typed.matches("[a-z2-9]{5}-[a-z2-9]{5}")) {
            List<SecondFactorRepository.RecoveryCode> unused = factors.unusedRecoveryCodes(account.id());
            for (SecondFactorRepository.RecoveryCode candidate : unused) {
                if (passwords.matches(typed, candidate.hash()) && factors.useRecoveryCode(candidate.id(), clock.instant())) {
                    int left = unused.size() - 1;
                    audit.changed(StaffAccounts.subject(account.id()), "recovery code used",
                            left + " recovery codes left", null, null);
                    return new Check(Outcome.ACCEPTED, left);
                }
            }
        }
        return refused(username, "recovery code");
    }

    /** New recovery codes in place of the old ones, which stop working; returns them, to show once. */
    @Transactional
    public List<String> replaceRecoveryCodes(String username) {
        StaffAccount account = account(username);
        if (factors.enrolment(account.id()).isEmpty()) {
            throw new AccountProblem(null, "secondFactor.notSetUp");
        }
        List<String> codes = newRecoveryCodes(account);
        audit.changed(StaffAccounts.subject(account.id()), "recovery codes replaced",
                "New recovery codes made by " + username + "; the old ones no longer work", null, null);
        return codes;
    }

    /** The person stops using a second factor, where nobody requires it of them. */
    @Transactional
    public void turnOff(String username) {
        StaffAccount account = account(username);
        if (policy.requiredFor(account)) {
            throw new AccountProblem(null, "secondFactor.required");
        }
        factors.remove(account.id());
        audit.changed(StaffAccounts.subject(account.id()), "second factor turned off",
                "Second factor turned off by " + username, null, null);
    }

    /**
     * An administrator (or the {@code reset-second-factor} command) takes away a person's second factor
     * (their phone is lost, say): their sessions end, and they set up a new one when they next sign in,
     * if they must have one.
     */
    @Transactional
    public void reset(long accountId) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new AccountProblem(null, "account.notFound"));
        factors.remove(account.id());
        audit.changed(StaffAccounts.subject(account.id()), "second factor reset",
                "Second factor of " + account.username() + " reset; a new one is set up at the next sign-in", null, null);
        sessions.endAllAfterCommit(account.username());
    }

    private Check refused(String username, String what) {
        return new Check(attempts.refused(username, what) ? Outcome.LOCKED : Outcome.REFUSED, 0);
    }

    private List<String> newRecoveryCodes(StaffAccount account) {
        List<String> codes = IntStream.range(0, RECOVERY_CODES).mapToObj(i -> OneTimePasswords.generate(2)).toList();
        factors.replaceRecoveryCodes(account.id(), codes.stream().map(passwords::encode).toList());
        return codes;
    }

    private StaffAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new AccountProblem(null, "account.notFound"));
    }

    /** As typed: in any case, with spaces, and with or without the dash in the middle. */
    private static String normalised(String code) {
        String compact = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return compact.length() == 10 ? compact.substring(0, 5) + "-" + compact.substring(5) : compact;
    }
}
