package heard.publicform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The public form's refusals, each a page with a 4xx status that says what went wrong, never a server error. */
@ControllerAdvice(assignableTypes = JourneyController.class)
class RefusalPages {

    private final MessageSource messages;

    RefusalPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, HttpServletResponse response, Model model) {
        return page(response, model, refused.status(), refused.key());
    }

    @ExceptionHandler(Attachments.UnreadableUpload.class)
    String unreadable(HttpServletResponse response, Model model) {
        return page(response, model, 400, "refused.unreadable");
    }

    private String page(HttpServletResponse response, Model model, int status, String key) {
        response.setStatus(status);
        model.addAttribute("title", messages.getMessage("publicform.adult." + key + ".title", null,
                LocaleContextHolder.getLocale()));
        model.addAttribute("body", messages.getMessage("publicform.adult." + key, null, LocaleContextHolder.getLocale()));
        return "publicform/refused";
    }
}
