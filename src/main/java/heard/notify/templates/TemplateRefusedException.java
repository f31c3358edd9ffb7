package heard.notify.templates;

import java.util.List;

/** A template's text cannot be saved: each problem names the part and, where it is one, the merge field. */
class TemplateRefusedException extends RuntimeException {

    private final List<TemplateText.Problem> problems;

    TemplateRefusedException(List<TemplateText.Problem> problems) {
        super("Template refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<TemplateText.Problem> problems() {
        return problems;
    }
}
