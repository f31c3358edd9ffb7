package heard.publicform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Refuses, before anything reads it, a post to the public form bigger than five files of 10 MB and a
 * little more, and one whose multipart body cannot be read: a 413 or 400 page that says so, where the
 * servlet container's own refusal would reach the application as a server error.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** Five files of 10 MB, and room for the form's other fields and the multipart headers. */
    static final long MOST_BYTES = Attachments.MOST_FILES * Attachments.MOST_BYTES + 1024L * 1024L;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicFormRequestLimits() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
        registration.addUrlPatterns(JourneyController.START + "/*");
        // Before Spring Security, whose CSRF check reads the body's fields.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Check extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > MOST_BYTES) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                try {
                    // Read now, and kept by the container for everything after: a body too big or broken fails here.
                    request.getParts();
                } catch (IllegalStateException tooBig) {
                    refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooBig);
                    return;
                } catch (Exception unreadable) {
                    // The container's upload parser throws its own exceptions, checked or not, for a body it cannot read.
                    refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, unreadable);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /**
         * The error page, marked as following a multipart failure: the dispatcher then draws it without
         * reading the broken body a second time (DispatcherServlet#checkMultipart).
         */
        private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, Exception cause)
                throws IOException {
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
                    new MultipartException("The public form's upload was refused", cause));
            response.sendError(status);
        }
    }
}
