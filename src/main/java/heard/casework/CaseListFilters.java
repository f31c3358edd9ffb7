package heard.casework;

import java.util.stream.Stream;

/**
 * The case list's filters as its query string gives them (the list, and its export, read the same address).
 * Status {@code ALL} is every case; no status at all (the list as first opened) is the open ones.
 */
public record CaseListFilters(String q, Integer stage, Long area, Long team, Long responder, String status,
                              CaseQuery.Sort sort, Integer page) {

    public CaseQuery query() {
        return new CaseQuery(q, stage, area, team, responder, statusFilter(), sort, page == null ? 1 : page);
    }

    CaseQuery.StatusFilter statusFilter() {
        if (status == null || status.isBlank()) {
            return CaseQuery.StatusFilter.OPEN;
        }
        return Stream.of(CaseQuery.StatusFilter.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public String statusValue() {
        CaseQuery.StatusFilter filter = statusFilter();
        return filter == null ? "ALL" : filter.name();
    }

    public boolean narrowed() {
        return q != null && !q.isBlank() || stage != null || area != null || team != null || responder != null
                || statusFilter() != CaseQuery.StatusFilter.OPEN;
    }
}
