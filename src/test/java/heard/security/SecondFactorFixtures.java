package heard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import heard.testing.Authenticator;
import heard.testing.TestClock;
import heard.testing.Visitor;
import org.springframework.test.web.servlet.MockMvc;

/** Staff who sign in with a Heard password and an authenticator app, as the pages make them. */
public final class SecondFactorFixtures {

    public static final String PASSWORD = "amber kettle lantern orchard";

    /** A person signed in (in {@code visitor}) with the key of their app and the recovery codes they were shown. */
    public record Person(String username, String secret, List<String> recoveryCodes, Visitor visitor) {
    }

    private SecondFactorFixtures() {
    }

    public static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account with a password of its own, signed in up to the point where Heard asks for a second factor. */
    public static Visitor signedInWithPassword(MockMvc mvc, StaffAccounts accounts, String username, Role... roles) throws Exception {
        CreatedAccount created = accounts.create(new NewStaffAccount(username, "Staff " + username, null, Set.of(roles), null, true));
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.signIn(username, created.oneTimePassword())).isEqualTo("/");
        assertThat(visitor.post("/account/password", "currentPassword", created.oneTimePassword(), "newPassword", PASSWORD,
                "confirmPassword", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        return visitor;
    }

    /** A new account whose owner has set up an authenticator app, and is signed in. */
    public static Person withAnAuthenticatorApp(MockMvc mvc, StaffAccounts accounts, TestClock clock, Role... roles)
            throws Exception {
        String username = unique("person");
        Visitor visitor = signedInWithPassword(mvc, accounts, username, roles);
        String secret = Visitor.page(visitor.get("/account/second-factor/set-up")).select("#secret").text();
        assertThat(visitor.post("/account/second-factor/set-up", "code", Authenticator.nextCode(secret, clock))
                .getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor/recovery-codes");
        List<String> codes = Visitor.page(visitor.get("/account/second-factor/recovery-codes"))
                .select("#recovery-codes li").eachText();
        return new Person(username, secret, codes, visitor);
    }
}
