/**
 * The two files a case log comes in, CSV and an Excel workbook, read and written a row at a time.
 */
package heard.interchange.sheet;
