package heard.casework.domain;

import java.time.LocalDate;

/**
 * A complaint is to be made within 12 months of the matter it is about (Regulation 9); a later
 * one is considered only if the complaints manager decides, with reasons, that it should be.
 */
public final class LateComplaintRule {

    public static final int MONTHS = 12;

    private LateComplaintRule() {
    }

    public static boolean isLate(LocalDate matterOccurredOn, LocalDate receivedOn) {
        return matterOccurredOn != null && receivedOn.isAfter(matterOccurredOn.plusMonths(MONTHS));
    }
}
