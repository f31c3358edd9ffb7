/**
 * The pages: correspondence on a case (its panel and timeline entries too), My notifications, the Settings pages
 * for sending email and for templates, and their Settings links and navigation.
 */
package heard.notify.web;
