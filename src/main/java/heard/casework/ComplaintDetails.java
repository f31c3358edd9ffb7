package heard.casework;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.Text;

/**
 * What is recorded when a complaint arrives (and can be corrected later): how and when it came,
 * who made it, the child it concerns, advocacy, where in the council it belongs, its issues,
 * its numbered elements and the outcome the complainant wants.
 *
 * @param matterOccurredOn when the matter complained about happened, if known: more than 12 months
 *                         before receipt and the complaint needs a decision to accept it
 */
public record ComplaintDetails(LocalDate receivedOn, Channel channel, Complainant complainant, Child child,
                               boolean onChildsBehalf, ChildConsent childConsent, Advocacy advocacy,
                               String advocacyProvider, Long serviceAreaId, Long teamId, List<Long> issueIds,
                               List<String> elements, String desiredOutcome, String summary,
                               LocalDate matterOccurredOn) {

    public ComplaintDetails {
        complainant = complainant == null ? Complainant.anonymous() : complainant;
        child = child == null ? Child.none() : child;
        issueIds = issueIds == null ? List.of() : List.copyOf(issueIds.stream().distinct().toList());
        elements = elements == null ? List.of()
                : elements.stream().map(Text::tidy).filter(e -> e != null).toList();
        advocacyProvider = Text.tidy(advocacyProvider);
        desiredOutcome = Text.tidy(desiredOutcome);
        summary = Text.tidy(summary);
        if (!onChildsBehalf) {
            childConsent = null;
        }
    }
}
