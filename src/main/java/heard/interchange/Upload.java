package heard.interchange;

import java.nio.file.Path;

/** A case log file to check or import: its name as the person knows it, its format, and where it is on disk. */
record Upload(String fileName, CaseLogFormat format, Path file) {
}
