package heard.privacy;

import java.util.List;

import heard.casework.PersonSought;

/**
 * The learning register's lessons, actions and Ombudsman remedies, and the letters, emails and receipts Heard
 * sent, whose words contain the person's full name but which were not drawn from, nor sent about, a record
 * that names them: a lesson from another family's case that says "as Pat Parent also told us", a letter to
 * that family that names Pat. Found by the name alone, each may be about someone else of the same name, so
 * the complaints manager checks it before release, and each of its texts is marked for review.
 *
 * @param fullName the name searched for, as the request gives it; {@code null} when the request gives no full
 *                 name, and nothing was searched (a first name alone would find everyone who shares it)
 * @param entries  what was found: lessons, actions, remedies, then messages, each kind oldest first
 */
public record FoundByName(String fullName, List<Entry> entries) {

    public FoundByName {
        entries = List.copyOf(entries);
    }

    /**
     * One entry found.
     *
     * @param kind   {@code lesson}, {@code action}, {@code remedy} or {@code message}
     * @param id     its number in the register or the outbox
     * @param fields what it holds, as a record's fields are shown
     */
    public record Entry(String kind, long id, List<HeldRecord.Field> fields) {

        public Entry {
            fields = List.copyOf(fields);
        }
    }

    /** The name to search free texts for: the request's name if it has two words or more, else {@code null}. */
    static String fullNameOf(PersonSought person) {
        // PersonSought keeps single spaces between a name's words.
        return person.name() != null && person.name().contains(" ") ? person.name() : null;
    }
}
