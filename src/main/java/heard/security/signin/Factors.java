package heard.security.signin;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The authorities that say how a person proved who they are, in Spring Security 7's terms: a
 * {@link FactorGrantedAuthority} for each factor given, stamped with when it was given (Heard
 * stamps them on its own clock), and a mark for a sign-in still waiting for its second factor.
 */
public final class Factors {

    /** The password of a Heard account (Spring Security's own name for it). */
    public static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    /** A code from the person's authenticator app, or one of their recovery codes. */
    public static final String TOTP = "FACTOR_TOTP";
    /** A sign-in through the council's identity provider (Spring Security's own name for it). */
    static final String IDENTITY_PROVIDER = FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY;
    /**
     * Held, instead of any role, by a person who gave their password but still owes their second
     * factor (or must set one up): they can reach only the pages that take it.
     */
    public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

    private Factors() {
    }

    static FactorGrantedAuthority given(String factor, Instant at) {
        return FactorGrantedAuthority.withAuthority(factor).issuedAt(at).build();
    }

    public static boolean holds(Authentication authentication, String authority) {
        return authentication != null && holds(authentication.getAuthorities(), authority);
    }

    static boolean holds(Collection<? extends GrantedAuthority> authorities, String authority) {
        return authorities.stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static Optional<Instant> givenAt(Authentication authentication, String factor) {
        return authentication.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority f && factor.equals(f.getAuthority()))
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .max(Instant::compareTo);
    }
}
