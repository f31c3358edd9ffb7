package heard.casework;

/**
 * What the case list asks for. Null fields do not narrow.
 *
 * @param search a reference, or part of the complainant's or child's name
 * @param status open, due this week, overdue or closed
 * @param page   from 1
 */
public record CaseQuery(String search, Integer stage, Long serviceAreaId, Long teamId, Long responderId,
                        StatusFilter status, Sort sort, int page) {

    public static final int PAGE_SIZE = 25;

    public CaseQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        sort = sort == null ? Sort.DUE : sort;
        page = Math.max(1, page);
    }

    public enum StatusFilter {
        OPEN, DUE_THIS_WEEK, OVERDUE, CLOSED
    }

    public enum Sort {
        /** The next due date first, cases with none last. */
        DUE,
        /** Most recently received first. */
        RECEIVED
    }
}
