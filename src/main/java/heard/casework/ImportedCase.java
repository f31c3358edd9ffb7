package heard.casework;

import java.time.LocalDate;
import java.util.List;

import heard.casework.domain.Text;

/**
 * A complaint or representation as a case log (spreadsheet history) records it: the shape in which
 * the interchange module brings cases in and takes them out. It carries less than a case logged in
 * Heard (no names, no numbered elements, one payment): what it carries comes back out unchanged.
 *
 * @param answeredOn for a representation, the day it was answered
 * @param stages     the stages the case reached, in order from Stage 1
 */
public record ImportedCase(CaseReference reference, RecordType recordType, ProcedureKind procedure, LocalDate receivedOn,
                           Channel channel, ComplainantRole complainantRole, Long serviceAreaId, Long teamId,
                           List<Long> issueIds, String summary, Sex childSex, Ethnicity childEthnicity, Integer childAge,
                           Advocacy advocacy, LocalDate answeredOn, List<ImportedStage> stages, LocalDate withdrawnOn,
                           List<RemedyType> remedies, Money remedyPayment, Money costInvestigatingOfficer,
                           Money costIndependentPerson, Money costReviewPanel, Money costMediation) {

    public ImportedCase {
        issueIds = issueIds == null ? List.of() : issueIds.stream().distinct().sorted().toList();
        stages = stages == null ? List.of() : List.copyOf(stages);
        remedies = remedies == null ? List.of() : remedies.stream().distinct().toList();
        summary = Text.tidy(summary);
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Stages run 1, 2, 3 in order");
            }
        }
    }
}
