/**
 * Second factors: authenticator app codes (TOTP), recovery codes, and who must have one.
 */
package heard.security.secondfactor;
