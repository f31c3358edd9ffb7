package heard.learning;

import java.util.List;

/** The themes a case is tagged with, as the checkboxes post them (none checked posts nothing). */
record CaseThemesForm(List<Long> themeIds) {

    CaseThemesForm {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}
