package heard.casework;

/** Whether the child was offered an advocate, and whether one was used. */
public enum Advocacy {
    NOT_OFFERED, OFFERED, USED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
