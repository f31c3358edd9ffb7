package heard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

import heard.web.DateParts.Part;
import heard.web.DateParts.Problem;
import heard.web.DateParts.Problem.Kind;

class DatePartsTest {

    @Test
    void parts_that_make_a_real_date_are_that_date() {
        assertThat(new DateParts("9", "3", "2026").toLocalDate()).contains(LocalDate.of(2026, 3, 9));
        assertThat(new DateParts(" 09 ", "03", "2026").toLocalDate()).contains(LocalDate.of(2026, 3, 9));
        assertThat(new DateParts("29", "2", "2028").problem()).isEmpty();
    }

    @Test
    void a_month_may_be_written_as_a_name_or_its_abbreviation() {
        assertThat(new DateParts("9", "March", "2026").toLocalDate()).contains(LocalDate.of(2026, 3, 9));
        assertThat(new DateParts("9", "sept", "2026").toLocalDate()).contains(LocalDate.of(2026, 9, 9));
        assertThat(new DateParts("9", "DEC", "2026").toLocalDate()).contains(LocalDate.of(2026, 12, 9));
    }

    @Test
    void nothing_entered_is_blank() {
        DateParts nothing = new DateParts(null, " ", "");
        assertThat(nothing.isBlank()).isTrue();
        assertThat(nothing.problem()).contains(new Problem(Kind.BLANK, Set.of(Part.DAY, Part.MONTH, Part.YEAR)));
        assertThat(nothing.toLocalDate()).isEmpty();
    }

    @Test
    void missing_parts_make_it_incomplete() {
        assertThat(new DateParts("9", "", "").problem()).contains(new Problem(Kind.INCOMPLETE, Set.of(Part.MONTH, Part.YEAR)));
        assertThat(new DateParts("", "3", "2026").problem()).contains(new Problem(Kind.INCOMPLETE, Set.of(Part.DAY)));
    }

    @Test
    void parts_out_of_range_are_not_a_real_date_and_are_the_parts_at_fault() {
        assertThat(new DateParts("32", "13", "2026").problem()).contains(new Problem(Kind.NOT_REAL, Set.of(Part.DAY, Part.MONTH)));
        assertThat(new DateParts("0", "3", "2026").problem()).contains(new Problem(Kind.NOT_REAL, Set.of(Part.DAY)));
        assertThat(new DateParts("9", "3", "26").problem()).contains(new Problem(Kind.NOT_REAL, Set.of(Part.YEAR)));
        assertThat(new DateParts("nine", "Marchember", "2026").problem())
                .contains(new Problem(Kind.NOT_REAL, Set.of(Part.DAY, Part.MONTH)));
    }

    @Test
    void a_day_the_month_does_not_have_is_not_a_real_date_and_the_day_is_at_fault() {
        assertThat(new DateParts("30", "2", "2026").problem()).contains(new Problem(Kind.NOT_REAL, Set.of(Part.DAY)));
        assertThat(new DateParts("29", "2", "2026").problem()).contains(new Problem(Kind.NOT_REAL, Set.of(Part.DAY)));
        assertThat(new DateParts("31", "4", "2026").toLocalDate()).isEmpty();
    }

    @Test
    void a_date_gives_the_parts_a_form_shows_to_edit_it() {
        assertThat(DateParts.of(LocalDate.of(2026, 3, 9))).isEqualTo(new DateParts("9", "3", "2026"));
        assertThat(DateParts.of(null).isBlank()).isTrue();
    }

    @Test
    void a_required_date_left_blank_is_an_error_but_an_optional_one_is_not() {
        BindingResult required = errors();
        new DateParts("", "", "").validateRequired(required, "receivedOn");
        assertThat(required.getFieldError("receivedOn").getCode()).isEqualTo("date.required");

        BindingResult optional = errors();
        new DateParts("", "", "").validateOptional(optional, "receivedOn");
        assertThat(optional.hasErrors()).isFalse();
    }

    @Test
    void an_incomplete_date_is_an_error_naming_the_missing_parts() {
        BindingResult errors = errors();
        new DateParts("9", "", "").validateOptional(errors, "receivedOn");

        FieldError error = errors.getFieldError("receivedOn");
        assertThat(error.getCode()).isEqualTo("date.incomplete");
        assertThat(error.getCodes()).contains("date.incomplete.receivedOn");
        assertThat(error.getArguments()).singleElement()
                .isInstanceOfSatisfying(MessageSourceResolvable.class,
                        missing -> assertThat(missing.getCodes()).containsExactly("date.missing.month-year"));
    }

    @Test
    void an_impossible_date_is_an_error_and_a_real_one_is_not() {
        BindingResult errors = errors();
        new DateParts("30", "2", "2026").validateRequired(errors, "receivedOn");
        new DateParts("28", "2", "2026").validateRequired(errors, "decidedOn");

        assertThat(errors.getFieldErrors()).extracting(FieldError::getField, DefaultMessageSourceResolvable::getCode)
                .containsExactly(tuple("receivedOn", "date.notReal"));
    }

    @Test
    void every_way_of_leaving_parts_out_has_words_in_the_messages() {
        ResourceBundle messages = ResourceBundle.getBundle("messages/web");
        for (String day : new String[] {"", "9"}) {
            for (String month : new String[] {"", "3"}) {
                for (String year : new String[] {"", "2026"}) {
                    BindingResult errors = errors();
                    new DateParts(day, month, year).validateOptional(errors, "receivedOn");
                    for (FieldError error : errors.getFieldErrors()) {
                        assertThat(messages.containsKey(error.getCode())).as(error.getCode()).isTrue();
                        for (Object argument : error.getArguments()) {
                            String code = ((MessageSourceResolvable) argument).getCodes()[0];
                            assertThat(messages.containsKey(code)).as(code).isTrue();
                        }
                    }
                }
            }
        }
    }

    private static BindingResult errors() {
        return new MapBindingResult(Map.of("receivedOn", new DateParts("", "", ""), "decidedOn", new DateParts("", "", "")), "form");
    }
}
