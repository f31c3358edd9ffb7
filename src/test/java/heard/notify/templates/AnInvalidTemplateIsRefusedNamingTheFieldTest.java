package heard.notify.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A template is checked as it is saved: a field that does not exist, or that it cannot fill, is named. */
class AnInvalidTemplateIsRefusedNamingTheFieldTest {

    @Test
    void anUnknownFieldIsNamedWithThePartItIsIn() {
        TemplateText text = new TemplateText(TemplateKey.ACKNOWLEDGEMENT_STATUTORY_1, "Your complaint ((referance))",
                "Dear ((complainant_name))\n\nWe will answer by ((response_due)), or ((respnse_due)).");

        assertThat(text.problems()).extracting(TemplateText.Problem::part, TemplateText.Problem::messageKey,
                        TemplateText.Problem::field)
                .containsExactly(
                        tuple(TemplateText.Part.SUBJECT, "notify.template.field.unknown", "referance"),
                        tuple(TemplateText.Part.BODY, "notify.template.field.unknown", "respnse_due"));
    }

    @Test
    void aFieldTheTemplateCannotFillIsNamed() {
        TemplateText receipt = new TemplateText(TemplateKey.SUBMISSION_RECEIPT, "Thank you",
                "We will answer by ((response_due)).");

        assertThat(receipt.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("notify.template.field.notHere");
                    assertThat(p.field()).isEqualTo("response_due");
                });
    }

    @Test
    void aBracketLeftOpenOrBlankWordsAreRefused() {
        assertThat(new TemplateText(TemplateKey.CLOSURE, "Closed", "Dear ((complainant_name").problems())
                .extracting(TemplateText.Problem::messageKey).containsExactly("notify.template.field.unclosed");
        assertThat(new TemplateText(TemplateKey.CLOSURE, " ", " ").problems())
                .extracting(TemplateText.Problem::messageKey)
                .containsExactly("notify.template.subject.missing", "notify.template.body.missing");
    }

    @Test
    void heardsOwnWordingOfEveryTemplateIsValid() {
        for (TemplateKey key : TemplateKey.values()) {
            TemplateText text = Templates.defaultText(key);
            assertThat(text.problems()).as(key.name()).isEmpty();
            assertThat(text.fieldsUsed()).as(key.name()).contains(MergeField.REFERENCE);
        }
    }

    @Test
    void fieldsAreFilledAndAFieldWithNoValueIsLeftBlank() {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.COMPLAINANT_NAME, "Pat $1 Parent");
        values.put(MergeField.REFERENCE, "CSC-2026-0001");
        TemplateText.Rendered rendered = new TemplateText(TemplateKey.CLOSURE, "Closed: (( reference ))",
                "Dear ((complainant_name)), closed on ((closed_on)).").render(values);

        assertThat(rendered.subject()).isEqualTo("Closed: CSC-2026-0001");
        assertThat(rendered.body()).isEqualTo("Dear Pat $1 Parent, closed on .");
    }
}
