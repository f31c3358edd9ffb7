package heard.security;

/** A new account, and its one-time password (null for an identity-provider account), shown once. */
public record CreatedAccount(StaffMember member, String oneTimePassword) {
}
