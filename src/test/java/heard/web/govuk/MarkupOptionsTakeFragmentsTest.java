package heard.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A Thymeleaf page gives a component markup of its own as a fragment: as option caller where a
 * Nunjucks page would use {@code {% call %}}, and as an html option where it would pass HTML
 * rendered by another macro.
 */
class MarkupOptionsTakeFragmentsTest {

    @Test
    void a_fragment_given_as_caller_is_rendered_in_place_with_the_pages_variables() {
        Document page = Jsoup.parse(Templates.render("""
                <th:block th:with="more=~{::#more}">
                  <div th:replace="~{govuk/details :: details(${ {'summaryText': 'Help', 'text': 'Not this', 'caller': more} })}"></div>
                </th:block>
                <div th:remove="all"><p id="more">Call <span th:text="${phone}">phone</span></p></div>
                """, Map.of("phone", "01234 567890")));

        assertThat(page.select(".govuk-details__text").text()).isEqualTo("Call 01234 567890");
        assertThat(page.select(".govuk-details__text > p#more")).hasSize(1);
    }

    @Test
    void a_fragment_given_as_html_puts_another_component_in_a_conditional_reveal() {
        Document page = Jsoup.parse(Templates.render("""
                <th:block th:with="email=~{::#email-address}">
                  <div th:replace="~{govuk/radios :: radios(${ {'name': 'contact', 'items': {
                      {'value': 'email', 'text': 'Email', 'conditional': {'html': email}},
                      {'value': 'phone', 'text': 'Phone'} } } })}"></div>
                </th:block>
                <div th:remove="all"><div id="email-address" th:replace="~{govuk/input :: input(${ {
                    'name': 'emailAddress', 'type': 'email', 'label': {'text': 'Email address'}} })}"></div></div>
                """, Map.of()));

        assertThat(page.select("#conditional-contact input#emailAddress[type=email]")).hasSize(1);
        assertThat(page.select("#contact").attr("data-aria-controls")).isEqualTo("conditional-contact");
    }

    @Test
    void html_given_as_a_string_is_markup_and_text_is_text() {
        Document page = Jsoup.parse(Templates.render("""
                <div th:replace="~{govuk/inset-text :: insetText(${ {'html': '<b>Bold</b>'} })}"></div>
                <div th:replace="~{govuk/warning-text :: warningText(${ {'text': '<b>Not bold</b>'} })}"></div>
                """, Map.of()));

        assertThat(page.select(".govuk-inset-text b").text()).isEqualTo("Bold");
        assertThat(page.select(".govuk-warning-text__text b")).isEmpty();
        assertThat(page.select(".govuk-warning-text__text").text()).endsWith("<b>Not bold</b>");
    }
}
