package heard.audit;

import java.util.List;
import java.util.Set;

import heard.web.DateParts;
import heard.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit trail, for the complaints manager and administrators: who did what to which record, when. */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER','ADMINISTRATOR')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    record AuditFilter(String actor, String subjectType, String subjectId, DateParts from, DateParts to, Integer page) {

        AuditFilter {
            from = from == null ? new DateParts("", "", "") : from;
            to = to == null ? new DateParts("", "", "") : to;
            page = page == null || page < 1 ? 1 : page;
        }
    }

    @GetMapping("/audit")
    String trail(@ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model) {
        filter.from().validateOptional(result, "from");
        filter.to().validateOptional(result, "to");
        if (result.hasErrors()) {
            model.addAttribute("events", List.of());
            model.addAttribute("more", false);
            return "audit/trail";
        }
        List<AuditEvent> events = audit.search(new AuditQuery(filter.actor(), filter.subjectType(), filter.subjectId(),
                filter.from().toLocalDate().orElse(null), filter.to().toLocalDate().orElse(null),
                (filter.page() - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("more", events.size() > PAGE_SIZE);
        model.addAttribute("newerHref", pageHref(filter, filter.page() - 1));
        model.addAttribute("olderHref", pageHref(filter, filter.page() + 1));
        model.addAttribute("events", events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events);
        return "audit/trail";
    }

    /** The same filters, another page. */
    private static String pageHref(AuditFilter filter, int page) {
        return UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(filter.actor()))
                .queryParamIfPresent("subjectType", java.util.Optional.ofNullable(filter.subjectType()))
                .queryParamIfPresent("subjectId", java.util.Optional.ofNullable(filter.subjectId()))
                .queryParam("from.day", filter.from().day()).queryParam("from.month", filter.from().month())
                .queryParam("from.year", filter.from().year())
                .queryParam("to.day", filter.to().day()).queryParam("to.month", filter.to().month())
                .queryParam("to.year", filter.to().year())
                .queryParam("page", page).encode().build().toUriString();
    }

    @Configuration(proxyBeanMethods = false)
    static class AuditNavigation {

        @Bean
        NavigationItem auditNavigation() {
            return new NavigationItem("nav.audit", "/audit", 95, Set.of("ROLE_COMPLAINTS_MANAGER", "ROLE_ADMINISTRATOR"));
        }
    }
}
