/**
 * java -jar heard.jar account commands: reset a password or a second factor.
 */
package heard.security.commandline;
