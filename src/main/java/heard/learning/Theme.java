package heard.learning;

/** A theme lessons and cases are tagged with, from the list the complaints manager keeps; a retired one tags nothing new. */
public record Theme(long id, String name, boolean retired, int version) {
}
