package heard.learning;

/**
 * What the register's list of actions asks for; null fields do not narrow.
 *
 * @param overdue only actions open past their due date
 */
public record RegisterQuery(Long teamId, Long themeId, ActionStatus status, boolean overdue) {

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, false);
    }
}
