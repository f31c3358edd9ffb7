package heard.security.config;

import java.time.Duration;

import heard.security.ConfirmedRecently;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How staff sign in, and how long what they signed in for lasts.
 *
 * @param localSignIn     whether Heard's own accounts (username and password) may sign in; a
 *                        council that signs everyone in through its identity provider turns this off
 * @param usernameClaim   the OIDC claim matched to a Heard account's username (or email address)
 * @param session         how long a signed-in session lasts
 * @param confirmedWithin how recently a person must have given their password (and second factor), or
 *                        signed in at the council's identity provider, to use a route marked
 *                        {@link ConfirmedRecently}, such as downloading the case log
 */
@ConfigurationProperties("heard.security")
public record SecurityProperties(Boolean localSignIn, String usernameClaim, Session session, Duration confirmedWithin) {

    public static final Duration DEFAULT_CONFIRMED_WITHIN = Duration.ofMinutes(5);

    public SecurityProperties {
        localSignIn = localSignIn == null || localSignIn;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "email" : usernameClaim;
        session = session == null ? new Session(null, null) : session;
        confirmedWithin = positive(confirmedWithin, DEFAULT_CONFIRMED_WITHIN, "heard.security.confirmed-within");
    }

    /**
     * @param idleTimeout     a session unused this long ends (kept by the session store, see application.yml)
     * @param absoluteTimeout a session ends this long after it began, however busy it is
     */
    record Session(Duration idleTimeout, Duration absoluteTimeout) {

        static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
        static final Duration DEFAULT_ABSOLUTE_TIMEOUT = Duration.ofHours(10);

        Session {
            idleTimeout = positive(idleTimeout, DEFAULT_IDLE_TIMEOUT, "heard.security.session.idle-timeout");
            absoluteTimeout = positive(absoluteTimeout, DEFAULT_ABSOLUTE_TIMEOUT, "heard.security.session.absolute-timeout");
            if (absoluteTimeout.compareTo(idleTimeout) < 0) {
                throw new IllegalArgumentException("heard.security.session.absolute-timeout (" + absoluteTimeout
                        + ") must not be shorter than heard.security.session.idle-timeout (" + idleTimeout + ")");
            }
        }
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than nothing, not " + value);
        }
        return value;
    }
}
