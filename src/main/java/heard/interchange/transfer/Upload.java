package heard.interchange.transfer;

import java.nio.file.Path;

import heard.interchange.sheet.CaseLogFormat;

/** A case log file to check or import: its name as the person knows it, its format, and where it is on disk. */
public record Upload(String fileName, CaseLogFormat format, Path file) {
}
