/**
 * The two files a case log comes in, CSV and an Excel workbook, read a row at a time (they are written by
 * {@code heard.web.SpreadsheetWriter}, as every spreadsheet Heard gives out).
 */
package heard.interchange.sheet;
