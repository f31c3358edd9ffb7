package heard.casework.domain;

import java.util.List;

import heard.casework.Appointment;
import heard.casework.Refusal;

/**
 * A Stage 3 review panel is an independent chair and two other people, all independent of the
 * council, three different people, and none of them the Stage 2 Independent Person.
 */
public final class PanelIndependence {

    private PanelIndependence() {
    }

    public static void check(Appointment chair, Appointment one, Appointment two, Appointment stageTwoIndependentPerson) {
        List<Appointment> panel = List.of(chair, one, two);
        String[] fields = {"chair", "memberOne", "memberTwo"};
        for (int i = 0; i < panel.size(); i++) {
            if (!panel.get(i).independent()) {
                throw new Refusal(fields[i], "panel.notIndependent", panel.get(i).name());
            }
            if (panel.get(i).samePersonAs(stageTwoIndependentPerson)) {
                throw new Refusal(fields[i], "panel.wasIndependentPerson", panel.get(i).name());
            }
        }
        if (chair.samePersonAs(one) || chair.samePersonAs(two) || one.samePersonAs(two)) {
            throw new Refusal("memberTwo", "panel.samePerson");
        }
    }
}
