package heard.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import heard.audit.AuditEvent;
import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Refusal;
import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Feedbacks used to let through: feedback of no type (an error, not a refusal), text longer than
 * its column (a database error), and an answer before receipt explained as a complaint's.
 */
@DatabaseTest
class FeedbacksRefuseWhatTheyCannotRecordTest {

    @Autowired
    Feedbacks feedbacks;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setDate(LocalDate.of(2026, 3, 20));
    }

    @Test
    void feedbackOfNoTypeIsRefusedOnItsType() {
        long before = feedbacks.count(null);

        assertThatThrownBy(() -> log(null, "Pat", "Thanks"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("type");
                    assertThat(r.messageKey()).isEqualTo("feedback.type.missing");
                });
        assertThat(feedbacks.count(null)).isEqualTo(before);
    }

    @Test
    void textLongerThanTheRecordHoldsIsRefusedOnItsField() {
        long before = feedbacks.count(null);

        assertThatThrownBy(() -> log(FeedbackType.COMMENT, "P".repeat(201), "Thanks"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("fromName");
                    assertThat(r.arguments()).containsExactly(200);
                });
        assertThatThrownBy(() -> log(FeedbackType.COMMENT, "Pat", "x".repeat(4001)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("summary"));
        assertThat(feedbacks.count(null)).isEqualTo(before);

        // The longest that fits is kept whole.
        CaseReference longest = log(FeedbackType.COMMENT, "P".repeat(200), "x".repeat(4000));
        assertThat(feedbacks.find(longest).orElseThrow().record().summary()).hasSize(4000);
    }

    @Test
    void anAnswerBeforeReceiptIsRefusedInWordsAboutFeedback() {
        CaseReference reference = log(FeedbackType.COMPLIMENT, "Pat", "Thanks");

        assertThatThrownBy(() -> feedbacks.answer(reference, 0, LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("respondedOn");
                    assertThat(r.messageKey()).isEqualTo("feedback.respondedOn.beforeReceived");
                });
    }

    @Test
    void openingARecordsPageIsInTheAuditTrail() {
        CaseReference reference = log(FeedbackType.COMPLIMENT, "Pat", "Thanks");

        feedbacks.view(reference);

        assertThat(audit.history(new AuditSubject("feedback", reference.value())).stream().map(AuditEvent::action))
                .contains("logged", "viewed");
    }

    private CaseReference log(FeedbackType type, String from, String summary) {
        return feedbacks.log(type, LocalDate.of(2026, 3, 16), Channel.EMAIL, ComplainantRole.PARENT_RELATIVE, from, null,
                null, null, List.of(), summary);
    }
}
