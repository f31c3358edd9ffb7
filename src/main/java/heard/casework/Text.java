package heard.casework;

/** Free text as people type it: surrounding spaces removed, blank meaning "not given". */
final class Text {

    private Text() {
    }

    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
