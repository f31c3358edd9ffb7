package heard.publicform;

import java.util.Map;
import java.util.Optional;

import heard.web.RecordPanel;
import org.springframework.stereotype.Component;

/** On the page of a case logged from the public form: the submission it came from, linked. */
@Component
class SubmissionPanel implements RecordPanel {

    /** Near the top: where the case came from. */
    static final int ORDER = 5;

    private final SubmissionRepository submissions;

    SubmissionPanel(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Override
    public Optional<View> panel(String reference) {
        return submissions.findByRecord(reference).map(s -> new View("publicform/panel",
                Map.of("reference", s.reference(), "href", InboxController.path(s.reference()),
                        "receivedOn", s.receivedOn()), ORDER));
    }
}
