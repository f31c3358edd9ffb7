package heard.notify.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.notify.DeadlineKind;
import heard.notify.DeadlineSource;
import heard.notify.outbox.EmailChannel;
import heard.notify.outbox.EmailSenders;
import heard.notify.outbox.Outbox;
import heard.notify.settings.NotifySettings;
import heard.notify.settings.NotifySettingsRepository;
import heard.web.EmailAddress;
import heard.web.FormProblems;
import heard.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How Heard sends email (GOV.UK Notify with the council's key, or its SMTP server), how often it tries, how
 * early it reminds of each kind of deadline; and the messages it could not send, to try again.
 */
@Controller
@PreAuthorize(NotifyWeb.SETTINGS_ROLES)
class NotifySettingsController {

    private final NotifySettingsRepository settings;
    private final List<DeadlineSource> sources;
    private final EmailSenders senders;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    NotifySettingsController(NotifySettingsRepository settings, List<DeadlineSource> sources, EmailSenders senders,
                             Outbox outbox, AuditTrail audit, java.time.Clock clock) {
        this.settings = settings;
        this.sources = sources;
        this.senders = senders;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The settings as typed. The API key is never shown again once saved: left blank, the saved one is kept.
     *
     * @param reminderDays the working days for each kind, in the order of {@code kinds}
     */
    record SettingsForm(String channel, String notifyApiKey, String notifyTemplateId, String notifyBaseUrl,
                        String smtpFrom, String maxAttempts, List<String> kinds, List<String> reminderDays,
                        Integer version) implements Serializable {
    }

    /** A kind of deadline with its name, for the page. */
    record KindView(String code, String messageKey) {
    }

    @GetMapping("/settings/notifications")
    String form(Model model) {
        NotifySettings s = settings.load();
        List<DeadlineKind> kinds = kinds();
        model.addAttribute("settingsForm", new SettingsForm(s.channel().name(), null, s.notifyTemplateId(),
                s.notifyBaseUrl(), s.smtpFrom(), String.valueOf(s.maxAttempts()),
                kinds.stream().map(DeadlineKind::code).toList(),
                kinds.stream().map(k -> String.valueOf(s.reminderDays(k.code()))).toList(), s.version()));
        return page(model, s);
    }

    @PostMapping("/settings/notifications")
    @Transactional
    String save(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        NotifySettings before = settings.load();
        EmailChannel channel = "NOTIFY".equals(form.channel()) ? EmailChannel.NOTIFY
                : "SMTP".equals(form.channel()) ? EmailChannel.SMTP : null;
        if (channel == null) {
            result.rejectValue("channel", "notifySettings.channel.missing");
        }
        String key = blank(form.notifyApiKey()) ? before.notifyApiKey() : form.notifyApiKey().strip();
        String template = blank(form.notifyTemplateId()) ? null : form.notifyTemplateId().strip().toLowerCase();
        String base = blank(form.notifyBaseUrl()) ? null : form.notifyBaseUrl().strip();
        String from = blank(form.smtpFrom()) ? null : form.smtpFrom().strip();
        if (!blank(form.notifyApiKey()) && !NotifySettings.validApiKey(key)) {
            result.rejectValue("notifyApiKey", "notifySettings.notifyApiKey.invalid");
        } else if (channel == EmailChannel.NOTIFY && key == null) {
            result.rejectValue("notifyApiKey", "notifySettings.notifyApiKey.missing");
        }
        if (template != null && !NotifySettings.validTemplateId(template)) {
            result.rejectValue("notifyTemplateId", "notifySettings.notifyTemplateId.invalid");
        } else if (channel == EmailChannel.NOTIFY && template == null) {
            result.rejectValue("notifyTemplateId", "notifySettings.notifyTemplateId.missing");
        }
        if (base != null && !base.matches("https?://[^\\s]+")) {
            result.rejectValue("notifyBaseUrl", "notifySettings.notifyBaseUrl.invalid");
        }
        if (from != null && !EmailAddress.valid(from)) {
            result.rejectValue("smtpFrom", "notifySettings.smtpFrom.invalid");
        } else if (channel == EmailChannel.SMTP && from == null) {
            result.rejectValue("smtpFrom", "notifySettings.smtpFrom.missing");
        }
        Integer attempts = number(form.maxAttempts(), 1, 20);
        if (attempts == null) {
            result.rejectValue("maxAttempts", "notifySettings.maxAttempts.invalid");
        }
        Map<String, Integer> days = new HashMap<>();
        List<String> codes = form.kinds() == null ? List.of() : form.kinds();
        List<String> known = kinds().stream().map(DeadlineKind::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            String typed = form.reminderDays() != null && i < form.reminderDays().size() ? form.reminderDays().get(i) : null;
            Integer n = number(typed, 0, NotifySettings.MOST_REMINDER_DAYS);
            if (!known.contains(codes.get(i))) {
                continue;
            }
            if (n == null) {
                result.rejectValue("reminderDays[" + i + "]", "notifySettings.reminderDays.invalid",
                        new Object[] {0, NotifySettings.MOST_REMINDER_DAYS}, null);
            } else {
                days.put(codes.get(i), n);
            }
        }
        if (result.hasErrors()) {
            return page(model, before);
        }
        NotifySettings changed = new NotifySettings(channel, key, template, base, from, attempts, days,
                form.version() == null ? -1 : form.version());
        if (!settings.save(changed)) {
            FormProblems.reject(result, null, "notifySettings.changedMeanwhile");
            return page(model, before);
        }
        audit.changed(new AuditSubject("notify-settings", "1"), "changed", "Notification settings changed",
                printable(before), printable(changed));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("notifySettings.saved"));
        return "redirect:/settings/notifications";
    }

    @GetMapping("/settings/notifications/not-sent")
    String notSent(Model model) {
        model.addAttribute("messages", outbox.givenUp(200));
        return "notify/not-sent";
    }

    @PostMapping("/settings/notifications/not-sent/{id}/retry")
    @Transactional
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retry(id, clock.instant())) {
            audit.noted(new AuditSubject("notify-message", String.valueOf(id)), "retried", "Message " + id + " queued again");
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("notifySettings.retried"));
        }
        return "redirect:/settings/notifications/not-sent";
    }

    private String page(Model model, NotifySettings current) {
        model.addAttribute("kinds", kinds().stream().map(k -> new KindView(k.code(), k.messageKey())).toList());
        model.addAttribute("keySaved", current.notifyApiKey() != null);
        model.addAttribute("smtpConfigured", senders.smtpConfigured());
        model.addAttribute("notSent", outbox.givenUp(1).size());
        return "notify/settings";
    }

    private List<DeadlineKind> kinds() {
        List<DeadlineKind> kinds = new ArrayList<>();
        sources.forEach(s -> kinds.addAll(s.kinds()));
        return kinds;
    }

    /** The settings for the audit trail, without the API key's secret. */
    private static Map<String, Object> printable(NotifySettings s) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", s.channel().name());
        m.put("notifyApiKeySet", s.notifyApiKey() != null);
        m.put("notifyTemplateId", s.notifyTemplateId());
        m.put("notifyBaseUrl", s.notifyBaseUrl());
        m.put("smtpFrom", s.smtpFrom());
        m.put("maxAttempts", s.maxAttempts());
        m.put("reminderDays", s.reminderDays());
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer number(String typed, int min, int max) {
        if (typed == null || !typed.strip().matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(typed.strip());
        return n < min || n > max ? null : n;
    }
}
