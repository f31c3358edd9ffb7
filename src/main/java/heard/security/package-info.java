/**
 * Security: staff accounts and their roles, signing in (a Heard password with a second factor, or the council's
 * identity provider), sessions, and who may do what. Its API is its public top-level types: the roles, the
 * member of staff signed in, the staff directory, staff accounts, ConfirmedRecently for routes that ask for the
 * password again, and the access log. Inside: signin (signing in, its factors and sessions), secondfactor
 * (authenticator apps and recovery codes), accounts (an account and its rules), persistence (its tables), config
 * (Spring Security's configuration), web (its pages) and commandline (account commands).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package heard.security;
