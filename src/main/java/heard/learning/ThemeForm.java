package heard.learning;

/** A theme's name, and whether it is retired, as the complaints manager types them. */
record ThemeForm(String name, Boolean retired, Integer version) {

    boolean isRetired() {
        return Boolean.TRUE.equals(retired);
    }

    int versionSeen() {
        return version == null ? Integer.MIN_VALUE : version;
    }
}
