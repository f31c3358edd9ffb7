package heard.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reports Heard writes from the same figures: the statutory annual report, and the shorter quarterly
 * and monthly reports to managers. Each lists its sections in order.
 */
enum ReportKind {

    ANNUAL(List.of("introduction", "summary", "volumes", "stage1", "stage2", "stage3", "timeliness", "escalation", "issues",
            "complainants", "equalities", "ombudsman", "remedies", "adr", "learning", "compliments", "memberEnquiries",
            "priorities")),
    QUARTERLY(List.of("summary", "volumes", "stage1", "stage2", "timeliness", "ombudsman", "compliments",
            "memberEnquiries", "learning")),
    MONTHLY(List.of("summary", "stage1", "timeliness", "compliments", "memberEnquiries"));

    private final List<String> sections;

    ReportKind(List<String> sections) {
        this.sections = sections;
    }

    List<String> sections() {
        return sections;
    }

    /** Its name in addresses: {@code annual}, {@code quarterly}, {@code monthly}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ReportKind> bySlug(String slug) {
        for (ReportKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
