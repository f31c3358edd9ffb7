/**
 * Signing in and staying signed in: a Heard password, the later steps of a sign-in, the factors a person gave
 * and when, confirming who they are again, refused attempts, and the session's absolute timeout.
 */
package heard.security.signin;
