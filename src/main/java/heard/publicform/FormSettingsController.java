package heard.publicform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import heard.casework.Refusal;
import heard.web.FormProblems;
import heard.web.Notice;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings for the public form: the advocacy service's contact, offered to a child who complains, and
 * the council's own wording of the children and young people's version, message by message (blank
 * goes back to Heard's words).
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINTS_MANAGER','ADMINISTRATOR')")
class FormSettingsController {

    static final String PATH = "/settings/public-form";
    /** A page's field for the wording of a message: its name is this and the message's key. */
    static final String WORDING = "wording:";

    private final FormSettings settings;
    private final Map<String, String> heardsWords;

    FormSettingsController(FormSettings settings) throws IOException {
        this.settings = settings;
        this.heardsWords = youngVersionWords();
    }

    /** The form's fields, for the error summary. */
    record AdvocacyForm(String advocacyContact, Integer version) {
    }

    /** One message of the children and young people's version: Heard's words and the council's, if it has its own. */
    record Wording(String key, String field, String heards, String councils) {
    }

    @GetMapping(PATH)
    String show(Model model) {
        FormSettings.Advocacy advocacy = settings.advocacy();
        return page(model, new AdvocacyForm(advocacy.contact(), advocacy.version()));
    }

    @PostMapping(PATH)
    String save(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        AdvocacyForm form = new AdvocacyForm(parameters.get("advocacyContact"), version(parameters.get("version")));
        BindingResult result = new BeanPropertyBindingResult(form, "settingsForm");
        try {
            if (parameters.containsKey("advocacyContact")
                    && !java.util.Objects.equals(blankAsNull(form.advocacyContact()), settings.advocacy().contact())) {
                settings.changeAdvocacy(form.advocacyContact(), form.version() == null ? -1 : form.version());
            }
            Map<String, String> own = settings.wording();
            for (Map.Entry<String, String> heards : heardsWords.entrySet()) {
                String given = parameters.get(WORDING + heards.getKey());
                if (given == null) {
                    continue;
                }
                String wanted = blankAsNull(given) == null || given.strip().equals(heards.getValue()) ? null : given.strip();
                if (!java.util.Objects.equals(wanted, own.get(heards.getKey()))) {
                    settings.changeWording(heards.getKey(), wanted);
                }
            }
        } catch (Refusal refusal) {
            FormProblems.reject(result, refusal.field(), refusal.messageKey(), refusal.arguments());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "settingsForm", result);
            return page(model, form);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("publicformSettings.saved"));
        return "redirect:" + PATH;
    }

    private String page(Model model, AdvocacyForm form) {
        Map<String, String> own = settings.wording();
        List<Wording> wording = new ArrayList<>();
        heardsWords.forEach((key, text) -> wording.add(new Wording(key, WORDING + key, text, own.get(key))));
        model.addAttribute("settingsForm", form);
        model.addAttribute("wording", wording);
        return "publicform/settings";
    }

    private static Integer version(String given) {
        try {
            return given == null ? null : Integer.valueOf(given.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The children and young people's version's messages, in the bundle's order, as Heard words them. */
    private static Map<String, String> youngVersionWords() throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("messages/publicform.properties").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Properties all = new Properties();
            all.load(new java.io.StringReader(text));
            for (String line : text.split("\n")) {
                int equals = line.indexOf('=');
                String key = equals < 0 ? "" : line.substring(0, equals).strip();
                if (key.startsWith(Words.prefix(true))) {
                    words.put(key, all.getProperty(key).replace("''", "'"));
                }
            }
        }
        return words;
    }
}
