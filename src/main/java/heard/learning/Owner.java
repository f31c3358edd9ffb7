package heard.learning;

/** The member of staff an action is given to, by id and by the name they had when it was given. */
public record Owner(long id, String name) {

    public Owner {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An owner has a name");
        }
    }
}
