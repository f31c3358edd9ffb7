package heard.organisation;

import java.util.Locale;

/** Names compare as a person reads them: without case, surrounding spaces or doubled spaces. */
final class Names {

    static final int MAXIMUM_LENGTH = 200;

    private Names() {
    }

    static String tidy(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ");
    }

    static String key(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }
}
