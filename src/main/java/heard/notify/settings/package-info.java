/**
 * How Heard sends email (GOV.UK Notify or SMTP), how often it tries, and how early it reminds.
 */
package heard.notify.settings;
