/**
 * Spring Security's configuration: what every request passes through, its properties, and how every decision is
 * logged and a refusal recorded.
 */
package heard.security.config;
