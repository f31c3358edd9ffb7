package heard.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** An amount in pounds and pence, never negative. */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    // Pounds as people type them: an optional pound sign, commas between thousands, up to two decimals.
    private static final Pattern TYPED = Pattern.compile("£?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");

    public Money {
        if (pounds == null) {
            throw new IllegalArgumentException("An amount of money needs a value");
        }
        if (pounds.signum() < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative: " + pounds);
        }
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("An amount of money has at most two decimal places (pence): " + pounds);
        }
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    /**
     * An amount as someone typed it, such as {@code 1300}, {@code £1,300.00} or {@code 1300.5}; empty for anything
     * else (a negative amount, letters, misplaced commas, more than two decimal places).
     */
    public static Optional<Money> parse(String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Money(new BigDecimal(typed.strip().replace("£", "").replace(",", "").strip())));
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    @Override
    public int compareTo(Money other) {
        return pounds.compareTo(other.pounds);
    }

    @Override
    public String toString() {
        return "£" + String.format("%,.2f", pounds);
    }
}
