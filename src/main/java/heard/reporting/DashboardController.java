package heard.reporting;

import heard.publicform.PublicInbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize(ReportingWeb.READERS)
class DashboardController {

    private final Dashboard dashboard;
    private final PublicInbox fromThePublic;

    DashboardController(Dashboard dashboard, PublicInbox fromThePublic) {
        this.dashboard = dashboard;
        this.fromThePublic = fromThePublic;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model, Authentication who) {
        model.addAttribute("dashboard", dashboard.view());
        model.addAttribute("topThemes", dashboard.topThemes());
        PublicInbox.Waiting waiting = fromThePublic.waiting();
        model.addAttribute("fromThePublic", waiting);
        model.addAttribute("fromThePublicOldest", waiting.oldest()
                .map(at -> at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()).orElse(null));
        // A senior manager sees how much waits, but the inbox is the complaints officers' to sort: no link to a 403.
        model.addAttribute("fromThePublicHref", fromThePublic.mayOpen(who) ? PublicInbox.PATH : null);
        return "reporting/dashboard";
    }
}
