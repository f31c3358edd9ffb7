package heard.publicform;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses, before anything reads it, a post to the public form bigger than five files of 10 MB and a
 * little more, and one whose multipart body cannot be read: a 413 or 400 page that says so, where the
 * servlet container's own refusal would reach the application as a server error. The page is written
 * here rather than by the error page, whose request would try to read the body again (its parameters)
 * and wait for the megabytes that never come.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** Five files of 10 MB, and room for the form's other fields and the multipart headers. */
    static final long MOST_BYTES = Attachments.MOST_FILES * Attachments.MOST_BYTES + 1024L * 1024L;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicFormRequestLimits(MessageSource messages) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check(messages));
        registration.addUrlPatterns(JourneyController.START + "/*");
        // Before Spring Security, whose CSRF check reads the body's fields.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Check extends OncePerRequestFilter {

        private final MessageSource messages;

        Check(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > MOST_BYTES) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                try {
                    // Read now, and kept by the container for everything after: a body too big or broken fails here.
                    request.getParts();
                } catch (IllegalStateException tooBig) {
                    refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                } catch (Exception unreadable) {
                    // The container's upload parser throws its own exceptions, checked or not, for a body it cannot read.
                    refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /** A page in Heard's style that says what was wrong, and closes the connection rather than read on. */
        private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
            Locale locale = request.getLocale();
            String title = HtmlUtils.htmlEscape(messages.getMessage("error." + status + ".title", null, locale));
            String body = HtmlUtils.htmlEscape(messages.getMessage("error." + status + ".body", null, locale));
            String start = HtmlUtils.htmlEscape(messages.getMessage("publicform.refused.start", null, locale));
            String context = request.getContextPath();
            response.setStatus(status);
            response.setHeader("Connection", "close");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">"
                    + "<title>" + title + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<link rel=\"stylesheet\" href=\"" + context + "/assets/heard.css\"></head>"
                    + "<body class=\"govuk-template__body\"><div class=\"govuk-width-container\">"
                    + "<main class=\"govuk-main-wrapper\" id=\"main-content\"><h1 class=\"govuk-heading-l\">" + title + "</h1>"
                    + "<p class=\"govuk-body\">" + body + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\""
                    + context + JourneyController.START + "\">" + start + "</a></p></main></div></body></html>\n");
            response.flushBuffer();
        }
    }
}
