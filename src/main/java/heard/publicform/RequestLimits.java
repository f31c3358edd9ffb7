package heard.publicform;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import heard.organisation.Organisation;

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
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Refuses, before anything reads it, a post to the public form bigger than five files of 10 MB and a
 * little more, and one whose multipart body cannot be read: a 413 or 400 page that says so, where the
 * servlet container's own refusal would reach the application as a server error. The page is rendered
 * here rather than by the error page, whose request would try to read the body again (its parameters)
 * and wait for the megabytes that never come; it is the council's page all the same (layout, header,
 * footer), from a model that needs no session.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** Five files of 10 MB, and room for the form's other fields and the multipart headers. */
    static final long MOST_BYTES = Attachments.MOST_FILES * Attachments.MOST_BYTES + 1024L * 1024L;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicFormRequestLimits(MessageSource messages,
                                                                         ITemplateEngine templates,
                                                                         Organisation organisation) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Check(messages, templates, organisation));
        registration.addUrlPatterns(JourneyController.START + "/*");
        // Before Spring Security, whose CSRF check reads the body's fields.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Check extends OncePerRequestFilter {

        private final MessageSource messages;
        private final ITemplateEngine templates;
        private final Organisation organisation;

        Check(MessageSource messages, ITemplateEngine templates, Organisation organisation) {
            this.messages = messages;
            this.templates = templates;
            this.organisation = organisation;
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

        /**
         * The council's page, header and footer as on every other, that says what was wrong and closes the
         * connection rather than read on. Its model is built here, from nothing the session or security holds.
         */
        private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
            Locale locale = request.getLocale();
            String key = "publicform.requestRefused." + status + ".";
            Map<String, Object> model = new HashMap<>();
            model.put("councilName", organisation.councilName());
            model.put("serviceNavigation", List.of());
            model.put("staffPage", false);
            model.put("formErrors", true);
            model.put("title", messages.getMessage(key + "title", null, locale));
            model.put("problem", messages.getMessage(key + "problem",
                    new Object[] {Attachments.MOST_FILES, Attachments.MOST_MEGABYTES}, locale));
            model.put("body", messages.getMessage(key + "body", null, locale));
            response.setStatus(status);
            response.setHeader("Connection", "close");
            response.setContentType("text/html;charset=UTF-8");
            IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            templates.process("publicform/request-refused", new WebContext(exchange, locale, model),
                    response.getWriter());
            response.flushBuffer();
        }
    }
}
