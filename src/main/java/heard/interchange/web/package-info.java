/**
 * The pages: Import and export, the case list's download, and Settings' sample data.
 */
package heard.interchange.web;
