package heard.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyIsParsedAsPeopleTypeItTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "£1,300.00 | 1300.00",
        "1300      | 1300.00",
        "£1300     | 1300.00",
        "£ 250.5   | 250.50",
        "0.99      | 0.99",
        "1,000,000 | 1000000.00",
        "' £75 '   | 75.00"})
    void anAmountWithOrWithoutPoundSignAndCommasIsRead(String typed, String pounds) {
        assertThat(Money.parse(typed)).contains(new Money(new BigDecimal(pounds)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-5", "£-5", "12.345", "1,30", "13,00.00", "ten pounds", "£", "1.", ".5", "1 300",
        "$100"})
    void anythingElseIsNotAnAmount(String typed) {
        assertThat(Money.parse(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNotAnAmount() {
        assertThat(Money.parse(null)).isEmpty();
    }

    @Test
    void anAmountWrittenOutAsHeardWritesItReadsBackTheSame() {
        qt().forAll(longs().between(0, 99_999_999_99L)).checkAssert(pence -> {
            Money money = new Money(BigDecimal.valueOf(pence, 2));
            assertThat(Money.parse(money.toString())).contains(money);
        });
    }
}
