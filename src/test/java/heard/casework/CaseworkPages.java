package heard.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
import heard.organisation.Team;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.security.StaffMember;
import heard.testing.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The casework pages as a test drives them through MockMvc: staff and teams of its own (names
 * unique to the test, as tests share a database), requests as a member of staff (each keeping
 * their own session, as a browser would), pages parsed.
 */
final class CaseworkPages {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final MockMvc mvc;
    final StaffMember officer;
    final StaffMember manager;
    final StaffMember responder;
    final StaffMember otherResponder;
    final StaffMember senior;
    final ServiceArea area;
    final Team team;
    final Team otherTeam;
    private final Map<StaffMember, Visitor> visitors = new HashMap<>();

    CaseworkPages(MockMvc mvc, StaffAccounts accounts, OrganisationSettings organisation) {
        this.mvc = mvc;
        area = organisation.addServiceArea("Children in care " + run);
        team = organisation.addTeam(area.id(), "North team " + run, LocalDate.of(2020, 1, 1));
        otherTeam = organisation.addTeam(area.id(), "South team " + run, LocalDate.of(2020, 1, 1));
        officer = staff(accounts, "olive", "Olive Officer", Role.COMPLAINTS_OFFICER, null);
        manager = staff(accounts, "clare", "Clare Manager", Role.COMPLAINTS_MANAGER, null);
        responder = staff(accounts, "rita", "Rita Responder", Role.RESPONDING_MANAGER, team.id());
        otherResponder = staff(accounts, "ron", "Ron Responder", Role.RESPONDING_MANAGER, otherTeam.id());
        senior = staff(accounts, "sue", "Sue Senior", Role.SENIOR_MANAGER, null);
    }

    private StaffMember staff(StaffAccounts accounts, String name, String displayName, Role role, Long teamId) {
        return accounts.create(new NewStaffAccount(name + "-" + run, displayName + " " + run, null, Set.of(role), teamId,
                true)).member();
    }

    MvcResult get(StaffMember as, String path) throws Exception {
        return visitor(as).get(path);
    }

    MvcResult post(StaffMember as, String path, Map<String, ?> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> request.param(name, String.valueOf(v)));
            } else if (value instanceof LocalDate date) {
                request.param(name + ".day", String.valueOf(date.getDayOfMonth()))
                        .param(name + ".month", String.valueOf(date.getMonthValue()))
                        .param(name + ".year", String.valueOf(date.getYear()));
            } else if (value != null) {
                request.param(name, String.valueOf(value));
            }
        });
        return visitor(as).perform(request.with(csrf()));
    }

    private Visitor visitor(StaffMember member) {
        return visitors.computeIfAbsent(member, m -> new Visitor(mvc, user(m.username()).authorities(m.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList())));
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The error summary's entries, each as its words and the id it links to. */
    static List<String> errors(MvcResult result) throws Exception {
        return page(result).select(".govuk-error-summary__list li").eachText();
    }

    static List<String> errorLinks(MvcResult result) throws Exception {
        return page(result).select(".govuk-error-summary__list li a").eachAttr("href");
    }

    /** The fields of a telephone complaint about a child in need, received on a day. */
    Map<String, Object> aPhoneComplaint(LocalDate receivedOn) {
        return new LinkedHashMap<>(Map.ofEntries(
                Map.entry("receivedOn", receivedOn), Map.entry("channel", "TELEPHONE"), Map.entry("recordType", "COMPLAINT"),
                Map.entry("complainantName", "Pat Parent"), Map.entry("complainantPhone", "07700 900123"),
                Map.entry("complainantRole", "PARENT_RELATIVE"), Map.entry("childName", "Sam Child"),
                Map.entry("childDateOfBirth", LocalDate.of(2012, 5, 1)), Map.entry("childEthnicity", "WBRI"),
                Map.entry("onChildsBehalf", "yes"), Map.entry("childConsent", "AGREES"), Map.entry("advocacy", "OFFERED"),
                Map.entry("advocacyProvider", "Coram Voice"), Map.entry("serviceAreaId", area.id()),
                Map.entry("teamId", team.id()),
                Map.entry("elements", List.of("The social worker did not return calls", "The review was cancelled twice", "")),
                Map.entry("desiredOutcome", "An apology"), Map.entry("procedure", "STATUTORY"),
                Map.entry("eligibilityReasons", "A parent about their child's social worker")));
    }

    /** Fills in the log form as the officer, which keeps it to check; the answer is the way to the check page. */
    MvcResult fillIn(Map<String, Object> fields) throws Exception {
        MvcResult result = post(officer, "/cases/new", fields);
        if (!"/cases/new/check".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("Not kept to check: " + errors(result));
        }
        return result;
    }

    /** Fills in the log form as the officer and logs it from the check page; the answer is the way to the case. */
    MvcResult logging(Map<String, Object> fields) throws Exception {
        fillIn(fields);
        return post(officer, "/cases/new/check", Map.of());
    }

    /** Logs a complaint as the officer, through the check page; returns its reference. */
    String log(Map<String, Object> fields) throws Exception {
        MvcResult result = logging(fields);
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("Not logged: " + errors(result));
        }
        return location.substring("/cases/".length());
    }
}
