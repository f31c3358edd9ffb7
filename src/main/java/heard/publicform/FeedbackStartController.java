package heard.publicform;

import heard.organisation.Organisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public start page: what a child, a parent or anyone else can tell the council about its
 * children's services, how the complaints procedure works, and how to reach the complaints team.
 * Open to everyone, without signing in.
 */
@Controller
class FeedbackStartController {

    private final Organisation organisation;

    FeedbackStartController(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/feedback")
    String start(Model model) {
        model.addAttribute("council", organisation.council());
        return "publicform/start";
    }
}
