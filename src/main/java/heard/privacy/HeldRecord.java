package heard.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * One record that names the person a request is about, as the bundle shows it.
 *
 * @param recordClass which class of record
 * @param reference   its reference
 * @param role        how it names the person: {@code complainant}, {@code representative}, {@code child},
 *                    {@code from} (who feedback came from) or {@code writer} (of a public submission)
 * @param receivedOn  when it came
 * @param open        whether its handling is still going on
 * @param fields      what it holds, in order
 */
public record HeldRecord(RecordClass recordClass, String reference, String role, LocalDate receivedOn, boolean open,
                         List<Field> fields) {

    public HeldRecord {
        fields = List.copyOf(fields);
    }

    /**
     * One thing held.
     *
     * @param name       a stable name ({@code complainant.name}), also the message key's tail for its label
     * @param value      as held
     * @param thirdParty whether it is about someone other than the person: for redaction review before release
     * @param mentions   names of other people the record knows of that this text contains: for redaction review
     */
    public record Field(String name, String value, boolean thirdParty, List<String> mentions) {

        public Field {
            mentions = List.copyOf(mentions);
        }

        public boolean needsReview() {
            return thirdParty || !mentions.isEmpty();
        }
    }
}
