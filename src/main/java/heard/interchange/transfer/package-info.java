/**
 * Checking a whole case log, importing it all or nothing in one transaction, and exporting the case log; and the
 * sample data, a case log made for the day it is loaded.
 */
package heard.interchange.transfer;
