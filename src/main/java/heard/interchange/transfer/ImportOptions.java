package heard.interchange.transfer;

/**
 * How an import treats what a file may hold besides new records.
 *
 * @param update               change records Heard already holds to what the file says (otherwise they are skipped)
 * @param createMissing        create the service areas, teams and issue categories the file names and Heard lacks
 * @param ignoreUnknownColumns read past columns the case log does not have (otherwise they are an error)
 */
public record ImportOptions(boolean update, boolean createMissing, boolean ignoreUnknownColumns) {
}
