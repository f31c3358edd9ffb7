/**
 * java -jar heard.jar import and export.
 */
package heard.interchange.commandline;
