package heard.interchange.transfer;

import java.nio.file.Path;

import heard.web.SpreadsheetFormat;


/** A case log file to check or import: its name as the person knows it, its format, and where it is on disk. */
public record Upload(String fileName, SpreadsheetFormat format, Path file) {
}
