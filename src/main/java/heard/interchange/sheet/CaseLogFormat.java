package heard.interchange.sheet;

import java.util.Locale;
import java.util.Optional;

/** The two forms a case log comes in: CSV, and an Excel workbook. */
public enum CaseLogFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    CaseLogFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file's name says it is in, by its extension. */
    public static Optional<CaseLogFormat> ofFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
