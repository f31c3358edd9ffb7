package heard.interchange.caselog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;

import heard.casework.Money;
import org.junit.jupiter.api.Test;

class CellsReadWhatSpreadsheetsWriteTest {

    @Test
    void datesAreIsoOrUkAndNothingElse() {
        assertThat(Cells.date("2024-02-29")).isEqualTo(new Cells.ADate(LocalDate.of(2024, 2, 29)));
        assertThat(Cells.date(" 29/02/2024 ")).isEqualTo(new Cells.ADate(LocalDate.of(2024, 2, 29)));
        assertThat(Cells.date("1/3/2024")).isEqualTo(new Cells.ADate(LocalDate.of(2024, 3, 1)));
        assertThat(Cells.date("29/02/2023")).isInstanceOf(Cells.NotARealDate.class);
        assertThat(Cells.date("2023-13-01")).isInstanceOf(Cells.NotARealDate.class);
        assertThat(Cells.date("03/01/24")).isInstanceOf(Cells.NotADate.class);
        assertThat(Cells.date("1 March 2024")).isInstanceOf(Cells.NotADate.class);
    }

    @Test
    void moneyMayHaveAPoundSignAndThousandsCommas() {
        assertThat(Cells.money("£1,300.00")).isEqualTo(new Cells.AnAmount(Money.of("1300.00")));
        assertThat(Cells.money("1300")).isEqualTo(new Cells.AnAmount(Money.of("1300")));
        assertThat(Cells.money("12,345,678.5")).isEqualTo(new Cells.AnAmount(Money.of("12345678.50")));
        assertThat(Cells.money("1,30.00")).isInstanceOf(Cells.NotAnAmount.class);
        assertThat(Cells.money("-£5")).isInstanceOf(Cells.Negative.class);
        assertThat(Cells.money("1.999")).isInstanceOf(Cells.TooPrecise.class);
        assertThat(Cells.money("99999999999")).isInstanceOf(Cells.TooLarge.class);
    }

    @Test
    void whateverIsNeutralisedIsRestoredExactly() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(text -> {
            String cell = Cells.neutralise(text);
            assertThat(Cells.restore(cell)).isEqualTo(text);
            assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
        });
        qt().forAll(strings().betweenCodePoints('\'', '@').ofLengthBetween(0, 6)).checkAssert(text ->
                assertThat(Cells.restore(Cells.neutralise(text))).isEqualTo(text));
    }
}
