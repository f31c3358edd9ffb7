package heard.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A child's ethnicity: a DfE children-in-need census code (e.g. {@code WBRI}) where one is
 * recorded, or the words a log used where not. Reports count by the code's main group.
 */
public record Ethnicity(Code code, String description) {

    public Ethnicity {
        if (code == null && (description == null || description.isBlank())) {
            throw new IllegalArgumentException("An ethnicity is a census code or a description");
        }
        description = code != null ? code.label() : description.strip();
    }

    /** A census code, or the words given (matched to a code's label when they are one). */
    public static Ethnicity parse(String text) {
        String t = text.strip();
        return Code.fromCode(t).or(() -> Code.fromLabel(t))
                .map(c -> new Ethnicity(c, null))
                .orElseGet(() -> new Ethnicity(null, t));
    }

    /** The value the case log carries: the code, or the words. */
    public String value() {
        return code != null ? code.name() : description;
    }

    public Group group() {
        return code != null ? code.group() : Group.NOT_CATEGORISED;
    }

    /** The main ethnic groups of the census, in the order reports list them. */
    public enum Group {
        WHITE("White"), MIXED("Mixed or multiple ethnic groups"), ASIAN("Asian or Asian British"),
        BLACK("Black or Black British"), CHINESE("Chinese"), OTHER("Any other ethnic group"),
        NOT_KNOWN("Refused or not yet obtained"), NOT_CATEGORISED("Recorded in other words");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The DfE children-in-need census ethnicity codes. */
    public enum Code {
        WBRI("White British", Group.WHITE),
        WIRI("White Irish", Group.WHITE),
        WIRT("Traveller of Irish heritage", Group.WHITE),
        WOTH("Any other White background", Group.WHITE),
        WROM("Gypsy/Roma", Group.WHITE),
        MWBC("White and Black Caribbean", Group.MIXED),
        MWBA("White and Black African", Group.MIXED),
        MWAS("White and Asian", Group.MIXED),
        MOTH("Any other mixed background", Group.MIXED),
        AIND("Indian", Group.ASIAN),
        APKN("Pakistani", Group.ASIAN),
        ABAN("Bangladeshi", Group.ASIAN),
        AOTH("Any other Asian background", Group.ASIAN),
        BCRB("Caribbean", Group.BLACK),
        BAFR("African", Group.BLACK),
        BOTH("Any other Black background", Group.BLACK),
        CHNE("Chinese", Group.CHINESE),
        OOTH("Any other ethnic group", Group.OTHER),
        REFU("Refused", Group.NOT_KNOWN),
        NOBT("Information not yet obtained", Group.NOT_KNOWN);

        private final String label;
        private final Group group;

        Code(String label, Group group) {
            this.label = label;
            this.group = group;
        }

        public String label() {
            return label;
        }

        public Group group() {
            return group;
        }

        static Optional<Code> fromCode(String text) {
            return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(text)).findFirst();
        }

        static Optional<Code> fromLabel(String text) {
            String wanted = text.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        }
    }
}
