package heard.casework.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import heard.casework.Casework;
import heard.casework.domain.Move;
import heard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every page of a move on a case ({@code /cases/{reference}/allocate}, its form and its answer) exists only
 * for a person who may see the case and whose role may make the move: checked here, once for every move,
 * before the form is read, so that nobody is shown a move's form or its errors on a case they may not change.
 */
class MoveGuard implements HandlerInterceptor {

    private static final String CASE_PAGE = "/cases/{reference}/";

    private final Casework casework;

    MoveGuard(Casework casework) {
        this.casework = casework;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
            return true;
        }
        Optional<Move> move = move(request);
        if (move.isPresent()) {
            String reference = variables(request).get("reference");
            if (CasePages.reference(reference).filter(ref -> casework.mayMake(ref, move.get())).isEmpty()) {
                throw new NotFoundException();
            }
        }
        return true;
    }

    /** The move a page is for: the {@code move} in its address, or its last segment. */
    private static Optional<Move> move(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(pattern instanceof String path) || !path.startsWith(CASE_PAGE)) {
            return Optional.empty();
        }
        String slug = variables(request).getOrDefault("move", path.substring(CASE_PAGE.length()));
        return Arrays.stream(Move.values()).filter(m -> CasePageController.slug(m).equals(slug)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
