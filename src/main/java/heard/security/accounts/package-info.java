/**
 * A staff account and its rules: passwords, one-time passwords, and the first administrator.
 */
package heard.security.accounts;
