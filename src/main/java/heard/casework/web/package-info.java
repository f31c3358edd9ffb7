/**
 * The casework pages: the case list, a case's page, a page for each move, and casework's settings.
 */
package heard.casework.web;
