package heard.notify.web;

import java.io.Serializable;

import heard.notify.outbox.Outbox;
import heard.notify.reminders.StaffPreferences;
import heard.security.CurrentUser;
import heard.security.Role;
import heard.security.StaffMember;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "What Heard sent me": every reminder, alert, follow-up and digest Heard sent the person signed in, with
 * whether it went, and their choice of reminders by email. A complaints manager's alerts cannot be turned off.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MyNotificationsController {

    static final int SHOWN = 200;

    private final Outbox outbox;
    private final StaffPreferences preferences;
    private final CurrentUser currentUser;

    MyNotificationsController(Outbox outbox, StaffPreferences preferences, CurrentUser currentUser) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** @param remindersByEmail "yes" or "no" */
    record PreferencesForm(String remindersByEmail) implements Serializable {
    }

    @GetMapping("/notifications")
    String page(Model model) {
        StaffMember me = currentUser.require();
        model.addAttribute("preferencesForm",
                new PreferencesForm(preferences.remindersByEmail(me.id()) ? "yes" : "no"));
        return page(me, model);
    }

    @PostMapping("/notifications/preferences")
    String save(@ModelAttribute("preferencesForm") PreferencesForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        StaffMember me = currentUser.require();
        if (!"yes".equals(form.remindersByEmail()) && !"no".equals(form.remindersByEmail())) {
            result.rejectValue("remindersByEmail", "notify.mine.choose");
            return page(me, model);
        }
        preferences.setRemindersByEmail(me.id(), "yes".equals(form.remindersByEmail()));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("yes".equals(form.remindersByEmail())
                ? "notify.mine.on" : "notify.mine.off"));
        return "redirect:/notifications";
    }

    private String page(StaffMember me, Model model) {
        model.addAttribute("messages", outbox.forStaff(me.id(), SHOWN));
        model.addAttribute("manager", me.has(Role.COMPLAINTS_MANAGER));
        model.addAttribute("hasEmail", heard.web.EmailAddress.valid(me.email()));
        return "notify/mine";
    }
}
