package heard.casework;

import heard.casework.domain.Text;

/** A stage's finding on one numbered element of the complaint, with the reasons in a sentence or two. */
public record ElementFinding(int element, Outcome finding, String reasons) {

    public ElementFinding {
        if (element < 1) {
            throw new IllegalArgumentException("Elements are numbered from 1");
        }
        if (finding == null || !finding.isFinding()) {
            throw new IllegalArgumentException("An element's finding is upheld, partially upheld, not upheld or inconclusive");
        }
        reasons = Text.tidy(reasons);
    }
}
