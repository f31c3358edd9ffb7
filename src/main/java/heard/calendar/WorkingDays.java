package heard.calendar;

/**
 * A number of working days, as in "answer within 10 working days". Never negative.
 *
 * @param count how many working days, zero or more
 */
public record WorkingDays(int count) {

    public WorkingDays {
        if (count < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative, but was " + count + ".");
        }
    }

    public static WorkingDays of(int count) {
        return new WorkingDays(count);
    }

    @Override
    public String toString() {
        return count == 1 ? "1 working day" : count + " working days";
    }
}
