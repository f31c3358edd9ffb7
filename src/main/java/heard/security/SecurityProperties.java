package heard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How staff sign in.
 *
 * @param localSignIn   whether Heard's own accounts (username and password) may sign in; a
 *                      council that signs everyone in through its identity provider turns this off
 * @param usernameClaim the OIDC claim matched to a Heard account's username (or email address)
 */
@ConfigurationProperties("heard.security")
record SecurityProperties(Boolean localSignIn, String usernameClaim) {

    SecurityProperties {
        localSignIn = localSignIn == null || localSignIn;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "email" : usernameClaim;
    }
}
