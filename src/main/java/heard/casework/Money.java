package heard.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in pounds and pence, never negative. */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

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
