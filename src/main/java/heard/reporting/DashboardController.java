package heard.reporting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize(ReportingWeb.READERS)
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("dashboard", dashboard.view());
        return "reporting/dashboard";
    }
}
