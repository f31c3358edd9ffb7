package heard.casework.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.calendar.CalendarNotKnownException;
import heard.calendar.WorkingDayCalendar;
import heard.casework.CaseList;
import heard.casework.CaseListFilters;
import heard.casework.CasePage;
import heard.casework.CaseQuery;
import heard.casework.CaseStatus;
import heard.casework.CaseSummary;
import heard.organisation.Organisation;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The case list: search, filters, sort and pages, all in the query string so that it works without JavaScript. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class CaseListController {

    private final CaseList caseList;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final WorkingDayCalendar calendar;
    private final Choices choices;
    private final Clock clock;

    CaseListController(CaseList caseList, Organisation organisation, StaffDirectory staff, WorkingDayCalendar calendar,
                       Choices choices, Clock clock) {
        this.caseList = caseList;
        this.choices = choices;
        this.organisation = organisation;
        this.staff = staff;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A row of the table: the case and what the page says about its next deadline. */
    record Row(CaseSummary summary, String team, Integer workingDays, boolean overdue, boolean dueThisWeek) {
    }

    @GetMapping("/cases")
    String list(@ModelAttribute("filters") CaseListFilters filters, BindingResult ignoredTypos, HttpServletRequest request,
                Model model) {
        // A filter value that is not a number (an edited address) narrows nothing, as if it were not there.
        CaseQuery query = filters.query();
        CasePage page = caseList.find(query);
        LocalDate today = LocalDate.now(clock);
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<Long, String> teamNames = new LinkedHashMap<>();
        List<Team> teams = organisation.teams();
        teams.forEach(t -> teamNames.put(t.id(), t.nameOn(today)));
        List<Row> rows = page.cases().stream().map(c -> {
            boolean open = c.status() == CaseStatus.OPEN && c.dueOn() != null;
            boolean overdue = open && c.dueOn().isBefore(today);
            boolean thisWeek = open && !overdue && !c.dueOn().isAfter(sunday);
            return new Row(c, c.teamId() == null ? null : teamNames.get(c.teamId()),
                    open ? workingDays(today, c.dueOn()) : null, overdue, thisWeek);
        }).toList();
        model.addAttribute("page", page);
        model.addAttribute("rows", rows);
        model.addAttribute("narrowed", filters.narrowed());
        model.addAttribute("stageItems", choices.select("list.filter.any", List.of(1, 2, 3), n -> n,
                n -> choices.message("list.stage", n)));
        model.addAttribute("areaItems", choices.select("list.filter.any", organisation.serviceAreas().stream()
                .sorted(Comparator.comparing(ServiceArea::name)).toList(), ServiceArea::id, ServiceArea::name));
        model.addAttribute("teamItems", choices.select("list.filter.any", teams.stream()
                .sorted(Comparator.comparing((Team t) -> t.serviceAreaName()).thenComparing(t -> t.nameOn(today))).toList(),
                Team::id, t -> t.serviceAreaName() + ": " + t.nameOn(today)));
        model.addAttribute("responderItems", choices.select("list.filter.anyone", responders(), StaffMember::id,
                StaffMember::displayName));
        List<Map<String, Object>> statuses = new ArrayList<>(choices.of("list.status.", List.of(CaseQuery.StatusFilter.values())));
        statuses.add(Choices.item("ALL", choices.message("list.status.ALL")));
        model.addAttribute("statusItems", statuses);
        model.addAttribute("pagination", pagination(page, request));
        model.addAttribute("sortByDue", link(request, "sort", CaseQuery.Sort.DUE.name()));
        model.addAttribute("sortByReceived", link(request, "sort", CaseQuery.Sort.RECEIVED.name()));
        model.addAttribute("exportCsv", export(request, "CSV"));
        model.addAttribute("exportXlsx", export(request, "XLSX"));
        model.addAttribute("sort", query.sort());
        model.addAttribute("status", filters.statusValue());
        return "casework/list";
    }

    /** Working days from today to the due date; negative once it has passed; null beyond the calendar. */
    private Integer workingDays(LocalDate today, LocalDate due) {
        try {
            return calendar.between(today, due);
        } catch (CalendarNotKnownException e) {
            return null;
        }
    }

    private List<StaffMember> responders() {
        List<StaffMember> all = new ArrayList<>(staff.withRole(Role.RESPONDING_MANAGER));
        staff.withRole(Role.SENIOR_MANAGER).stream().filter(m -> all.stream().noneMatch(a -> a.id() == m.id()))
                .forEach(all::add);
        all.sort(Comparator.comparing(StaffMember::displayName));
        return all;
    }

    /** The GOV.UK pagination component's options: first, last, and the pages either side of this one. */
    private static Map<String, Object> pagination(CasePage page, HttpServletRequest request) {
        if (page.pages() <= 1) {
            return null;
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (page.page() > 1) {
            options.put("previous", Map.of("href", link(request, "page", String.valueOf(page.page() - 1))));
        }
        if (page.page() < page.pages()) {
            options.put("next", Map.of("href", link(request, "page", String.valueOf(page.page() + 1))));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        boolean gap = false;
        for (int n = 1; n <= page.pages(); n++) {
            if (n == 1 || n == page.pages() || Math.abs(n - page.page()) <= 1) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("number", n);
                item.put("href", link(request, "page", String.valueOf(n)));
                if (n == page.page()) {
                    item.put("current", true);
                }
                items.add(item);
                gap = false;
            } else if (!gap) {
                items.add(Map.of("ellipsis", true));
                gap = true;
            }
        }
        options.put("items", items);
        return options;
    }

    /** The export of the cases this list's filters find (heard.interchange writes it, as it writes the case log). */
    private static String export(HttpServletRequest request, String format) {
        return UriComponentsBuilder.fromPath(request.getContextPath() + "/cases/export").query(request.getQueryString())
                .replaceQueryParam("page").replaceQueryParam("format", format).build(true).toUriString();
    }

    /** This page's address with one query parameter changed (a new sort starts again at page 1). */
    private static String link(HttpServletRequest request, String name, String value) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam(name, value);
        if (!name.equals("page")) {
            builder.replaceQueryParam("page");
        }
        return builder.build(true).toUriString();
    }
}
