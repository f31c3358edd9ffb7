/**
 * The pages: signing in, confirming who you are, your account, password and second factor, and the
 * administrators' accounts and second factor settings.
 */
package heard.security.web;
