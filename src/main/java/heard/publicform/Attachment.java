package heard.publicform;

/** A file sent with the form: its name as sent (for staff only), the name Heard keeps it under, its type from its bytes. */
record Attachment(String storedName, String originalName, String mediaType, long sizeBytes) {

    /** Its size for a person to read: 120 KB, 2.4 MB. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
