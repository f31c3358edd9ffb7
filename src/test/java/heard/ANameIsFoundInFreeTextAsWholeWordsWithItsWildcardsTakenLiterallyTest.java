package heard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A subject access request's full name, searched for in the learning register's and the letters' free texts: found as whole
 * words in any case and spacing, not inside a longer word nor by its first word alone; a % or _ in the name
 * narrows the database's LIKE as itself, not as a wildcard.
 */
class ANameIsFoundInFreeTextAsWholeWordsWithItsWildcardsTakenLiterallyTest {

    @Test
    void the_full_name_is_found_in_any_case_and_spacing_but_only_as_whole_words() {
        NameInText okafor = new NameInText(" Grace  Okafor ");

        assertThat(okafor.isIn("Visits were missed, as GRACE OKAFOR also told us")).isTrue();
        assertThat(okafor.isIn("as grace\nokafor told us")).isTrue();
        assertThat(okafor.isIn("Grace\u00a0Okafor's son")).isTrue();
        assertThat(okafor.isIn("(Grace Okafor)")).isTrue();
        assertThat(okafor.isIn("Grace Okafor-Smith was not called")).isTrue();
        assertThat(okafor.isIn("Grace Okaforson was not called")).isFalse();
        assertThat(okafor.isIn("Mcgrace Okafor was not called")).isFalse();
        assertThat(okafor.isIn("Grace told us; Mrs Okafor did too")).isFalse();
        assertThat(okafor.isIn("Okafor Grace")).isFalse();
        assertThat(okafor.isIn(null)).isFalse();
        assertThat(new NameInText("Zoë Brontë").isIn("as ZOË BRONTË said")).isTrue();
        assertThat(new NameInText("Zoë Brontë").isIn("as Zoë Brontës said")).isFalse();
    }

    @Test
    void the_database_is_asked_for_the_words_in_order_with_their_wildcards_escaped() {
        assertThat(new NameInText("Grace  Okafor").likePattern()).isEqualTo("%Grace%Okafor%");
        assertThat(new NameInText("Ann_e 100% O\\Neil").likePattern())
                .isEqualTo("%Ann\\_e%100\\%%O\\\\Neil%");
        assertThat(new NameInText("Ann_e Lee").isIn("Annie Lee")).isFalse();
        assertThat(new NameInText("Ann_e Lee").isIn("as Ann_e Lee said")).isTrue();
        assertThat(NameInText.sqlMatching("a.what", "a.evidence")).isEqualTo("(LOWER(a.what) LIKE LOWER(:nameLike) ESCAPE '\\' "
                + "OR LOWER(a.evidence) LIKE LOWER(:nameLike) ESCAPE '\\')");
    }

    @Test
    void a_blank_name_is_not_searched_for() {
        assertThatThrownBy(() -> new NameInText("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameInText(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
