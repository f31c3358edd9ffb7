package heard.learning;

import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of the register's pages, a case's reference always one path segment (it may hold a slash). */
final class LearningPaths {

    private LearningPaths() {
    }

    static String remedies(String reference) {
        return UriComponentsBuilder.fromPath("/learning/ombudsman/{reference}").encode().buildAndExpand(reference)
                .toUriString();
    }

    static String action(long id) {
        return "/learning/actions/" + id;
    }

    static String lesson(long id) {
        return "/learning/lessons/" + id;
    }

    static String casePage(String reference) {
        return UriComponentsBuilder.fromPath("/cases/{reference}").encode().buildAndExpand(reference).toUriString();
    }
}
