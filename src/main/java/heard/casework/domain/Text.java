package heard.casework.domain;

/** Free text as people type it: surrounding spaces removed, blank meaning "not given". */
public final class Text {

    private Text() {
    }

    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
