package heard.organisation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header carries the council's name. */
@ControllerAdvice
class CouncilNameAdvice {

    private final Organisation organisation;

    CouncilNameAdvice(Organisation organisation) {
        this.organisation = organisation;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return organisation.councilName();
    }
}
