package heard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
class StaffAccountsTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aLocalAccountGetsAOneTimePasswordThatIsStoredOnlyAsAHash() {
        CreatedAccount created = accounts.create(new NewStaffAccount("Rita.Responder@council.example", "Rita Responder",
                "rita.responder@council.example", Set.of(Role.RESPONDING_MANAGER), null, true));

        StaffAccount stored = repository.findById(created.member().id()).orElseThrow();
        assertThat(stored.username()).isEqualTo("rita.responder@council.example");
        assertThat(stored.passwordHash()).doesNotContain(created.oneTimePassword());
        assertThat(passwords.matches(created.oneTimePassword(), stored.passwordHash())).isTrue();
        assertThat(stored.mustChangePassword()).isTrue();
    }

    @Test
    void anAccountForCouncilSignInHasNoPassword() {
        CreatedAccount created = accounts.create(new NewStaffAccount("sam.senior@council.example", "Sam Senior", null,
                Set.of(Role.SENIOR_MANAGER), null, false));

        assertThat(created.oneTimePassword()).isNull();
        assertThat(repository.findById(created.member().id()).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        accounts.create(new NewStaffAccount("olive", "Olive Officer", null, Set.of(Role.COMPLAINTS_OFFICER), null, true));

        assertThatThrownBy(() -> accounts.create(new NewStaffAccount(" OLIVE ", "Another Olive", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true)))
                .isInstanceOfSatisfying(AccountProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("username");
                    assertThat(p.messageKey()).isEqualTo("account.username.taken");
                });
    }

    @Test
    void aNewPasswordMustFollowThePolicyAndTheCurrentOneMustBeRight() {
        CreatedAccount created = accounts.create(new NewStaffAccount("clare", "Clare Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));
        String oneTime = created.oneTimePassword();

        assertThatThrownBy(() -> accounts.changePassword("clare", "wrong", "correct horse battery staple"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changePassword("clare", oneTime, "short"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.messageKey()).isEqualTo("password.new.tooShort"));
        assertThatThrownBy(() -> accounts.changePassword("clare", oneTime, "clare-and-her-cat"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.messageKey()).isEqualTo("password.new.containsUsername"));

        accounts.changePassword("clare", oneTime, "correct horse battery staple");

        StaffAccount stored = repository.findByUsername("clare").orElseThrow();
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(passwords.matches("correct horse battery staple", stored.passwordHash())).isTrue();
    }
}
