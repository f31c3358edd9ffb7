package heard.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.ViewResolverRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import heard.web.DateParts;

/**
 * The form helpers in templates/form.html, on a page (templates/test/complaint-form.html) rendered
 * by Spring MVC with Thymeleaf and a form record bound from a request, as in the application, but
 * without Spring Boot.
 */
@SpringJUnitWebConfig(FormHelpersShowBindingResultsTest.Web.class)
class FormHelpersShowBindingResultsTest {

    enum Channel { PHONE, EMAIL, LETTER }

    record ComplaintForm(String name, DateParts receivedOn, Channel channel, List<String> needs, String team,
            String summary, MultipartFile letter) {
    }

    @Controller
    static class ComplaintController {

        @GetMapping("/complaint")
        String edit(Model model) {
            model.addAttribute("form", new ComplaintForm("Ann Smith", DateParts.of(LocalDate.of(2026, 3, 9)),
                    Channel.EMAIL, List.of("interpreter"), "south", "Late reply", null));
            return "test/complaint-form";
        }

        @PostMapping("/complaint")
        String save(@ModelAttribute("form") ComplaintForm form, BindingResult result) {
            if (form.name() == null || form.name().isBlank()) {
                result.rejectValue("name", "test.name.required");
            }
            form.receivedOn().validateRequired(result, "receivedOn");
            if (form.channel() == null) {
                result.rejectValue("channel", "test.channel.required");
            }
            if (form.needs() != null && form.needs().size() > 1) {
                result.rejectValue("needs", "test.needs.tooMany");
            }
            if (form.team() == null || form.team().isEmpty()) {
                result.rejectValue("team", "test.team.required");
            }
            if (form.summary() == null || form.summary().isBlank()) {
                result.rejectValue("summary", "test.summary.required");
            }
            if (form.letter() == null) {
                result.rejectValue("letter", "test.letter.required");
            }
            result.reject("test.duplicate");
            return "test/complaint-form";
        }
    }

    @Configuration
    @EnableWebMvc
    static class Web implements WebMvcConfigurer {

        @Bean
        ComplaintController complaintController() {
            return new ComplaintController();
        }

        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames("messages/web", "messages/form-helpers-test");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }

        @Bean
        SpringTemplateEngine templateEngine() {
            ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
            templates.setPrefix("templates/");
            templates.setSuffix(".html");
            templates.setTemplateMode(TemplateMode.HTML);
            templates.setCharacterEncoding("UTF-8");
            SpringTemplateEngine engine = new SpringTemplateEngine();
            engine.setTemplateResolver(templates);
            engine.addDialect(new GovukDialect());
            return engine;
        }

        @Override
        public void configureViewResolvers(ViewResolverRegistry registry) {
            ThymeleafViewResolver resolver = new ThymeleafViewResolver();
            resolver.setTemplateEngine(templateEngine());
            resolver.setCharacterEncoding("UTF-8");
            registry.viewResolver(resolver);
        }
    }

    private MockMvc mvc;

    @BeforeEach
    void setUp(@Autowired WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void a_form_without_errors_shows_its_values_and_no_error_summary() throws Exception {
        Document page = render(get("/complaint"));

        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select(".govuk-form-group--error")).isEmpty();
        assertThat(page.getElementById("name").attr("value")).isEqualTo("Ann Smith");
        assertThat(page.getElementById("name").attr("aria-describedby")).isEqualTo("name-hint");
        assertThat(page.getElementById("receivedOn-day").attr("value")).isEqualTo("9");
        assertThat(page.getElementById("receivedOn-month").attr("value")).isEqualTo("3");
        assertThat(page.getElementById("receivedOn-year").attr("value")).isEqualTo("2026");
        assertThat(page.select("input[name=channel][checked]")).extracting(e -> e.attr("value")).containsExactly("EMAIL");
        assertThat(page.select("input[name=needs][checked]")).extracting(e -> e.attr("value")).containsExactly("interpreter");
        assertThat(page.select("#team option[selected]")).extracting(e -> e.attr("value")).containsExactly("south");
        assertThat(page.getElementById("summary").text()).isEqualTo("Late reply");
        assertThat(page.select("label[for=letter]").text()).isEqualTo("Letter");
    }

    @Test
    void the_error_summary_lists_errors_in_the_order_of_the_form_linking_to_each_field() throws Exception {
        Document page = render(post("/complaint")
                .param("name", " ")
                .param("receivedOn.day", "9").param("receivedOn.month", "").param("receivedOn.year", "")
                .param("needs", "advocate", "interpreter")
                .param("team", "")
                .param("summary", ""));

        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
        assertThat(summary.select(".govuk-error-summary__list li")).extracting(Element::text).containsExactly(
                "This complaint has already been logged",
                "Enter the name of the person complaining",
                "The date must include a month and year",
                "Select how the complaint arrived",
                "Select no more than one",
                "Select a team",
                "Enter a summary",
                "Attach the letter");
        assertThat(summary.select(".govuk-error-summary__list li").first().select("a")).isEmpty();
        assertThat(summary.select(".govuk-error-summary__list a")).extracting(e -> e.attr("href")).containsExactly(
                "#name", "#receivedOn-month", "#channel", "#needs", "#team", "#summary", "#letter");
        for (Element link : summary.select(".govuk-error-summary__list a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
    }

    @Test
    void each_field_in_error_shows_its_message_and_keeps_what_was_typed() throws Exception {
        Document page = render(post("/complaint")
                .param("name", " ")
                .param("receivedOn.day", "9").param("receivedOn.month", "").param("receivedOn.year", "")
                .param("channel", "PHONE")
                .param("team", "north")
                .param("summary", "It was late"));

        Element name = page.getElementById("name");
        assertThat(name.parent().classNames()).contains("govuk-form-group", "govuk-form-group--error");
        assertThat(name.classNames()).contains("govuk-input", "govuk-input--error", "govuk-input--width-20");
        assertThat(name.attr("aria-describedby")).isEqualTo("name-hint name-error");
        assertThat(name.attr("value")).isEqualTo(" ");
        assertThat(page.getElementById("name-error").text()).isEqualTo("Error: Enter the name of the person complaining");

        assertThat(page.select(".govuk-form-group--error")).extracting(group -> group.select("input, select, textarea").first().id())
                .containsExactly("name", "receivedOn-day", "letter");
        assertThat(page.getElementById("receivedOn-error").text()).isEqualTo("Error: The date must include a month and year");
        assertThat(page.getElementById("receivedOn-day").classNames()).doesNotContain("govuk-input--error");
        assertThat(page.getElementById("receivedOn-day").attr("value")).isEqualTo("9");
        assertThat(page.getElementById("receivedOn-month").classNames()).contains("govuk-input--error");
        assertThat(page.getElementById("receivedOn-year").classNames()).contains("govuk-input--error");
        assertThat(page.select("input[name=channel][checked]")).extracting(e -> e.attr("value")).containsExactly("PHONE");
        assertThat(page.select("#team option[selected]")).extracting(e -> e.attr("value")).containsExactly("north");
    }

    @Test
    void an_impossible_date_says_so_in_the_fields_own_words_and_links_to_the_day() throws Exception {
        Document page = render(post("/complaint")
                .param("receivedOn.day", "30").param("receivedOn.month", "2").param("receivedOn.year", "2026"));

        assertThat(page.getElementById("receivedOn-error").text()).isEqualTo("Error: Date received must be a real date");
        assertThat(page.select(".govuk-error-summary__list a[href=#receivedOn-day]").text())
                .isEqualTo("Date received must be a real date");
        assertThat(page.select("#receivedOn .govuk-input--error")).extracting(Element::id).containsExactly("receivedOn-day");
        assertThat(page.select("fieldset[aria-describedby=receivedOn-error] legend").text()).isEqualTo("Date received");
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        assertThat(NormalisedHtml.pageParseErrors(html)).isEmpty();
        return Jsoup.parse(html);
    }
}
