/**
 * Security's tables: staff accounts and their second factors.
 */
package heard.security.persistence;
