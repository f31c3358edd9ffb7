package heard.organisation;

import heard.web.FormProblems;
import org.springframework.validation.BindingResult;

/** Shows an {@link OrganisationProblem} in the page's error summary. */
final class OrganisationErrors {

    private OrganisationErrors() {
    }

    static void reject(BindingResult result, OrganisationProblem problem) {
        FormProblems.reject(result, problem.field(), problem.messageKey(), problem.arguments());
    }
}
