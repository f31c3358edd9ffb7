package heard.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import heard.commandline.CommandProperties;

/**
 * {@code report --input CASELOG} reports on a case log without touching the configured database: the run
 * gets an empty in-memory database of its own, migrated as usual and discarded when the command exits.
 */
class ReportInputDatabase implements CommandProperties {

    /** Set only for a run on a database of its own: the report command refuses {@code --input} without it. */
    static final String MARKER = "heard.reporting.input-database";

    @Override
    public String command() {
        return "report";
    }

    @Override
    public Map<String, Object> properties(List<String> arguments) {
        if (!arguments.contains(ReportCommand.INPUT)) {
            return Map.of();
        }
        return Map.of(
                "spring.datasource.url", "jdbc:h2:mem:heard-report-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "",
                MARKER, "true");
    }
}
