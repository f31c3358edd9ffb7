package heard.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two forms a spreadsheet leaves (or comes into) Heard in: CSV, and an Excel workbook. */
public enum SpreadsheetFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    SpreadsheetFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file's name says it is in, by its extension. */
    public static Optional<SpreadsheetFormat> ofFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** The format an export link asks for by name; anything else is CSV, as a filter that is not one narrows nothing. */
    public static SpreadsheetFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst().orElse(CSV);
    }
}
