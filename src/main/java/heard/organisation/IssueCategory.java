package heard.organisation;

/** A category of the council's issue taxonomy. A retired category stays on old records but is not offered for new ones. */
public record IssueCategory(long id, String name, boolean active, int version) {
}
