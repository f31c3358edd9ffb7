package heard.casework;

import java.util.List;

/** One page of the case list, and how many cases match in all. */
public record CasePage(List<CaseSummary> cases, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
