package heard.notify.templates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import heard.calendar.CalendarNotKnownException;
import heard.calendar.WorkingDayCalendar;
import heard.casework.CaseDeadline;
import heard.casework.CaseView;
import heard.casework.Complaint;
import heard.casework.ComplaintDetails;
import heard.casework.Stage;
import heard.notify.reminders.StaffMessages;
import heard.organisation.Council;
import heard.organisation.Organisation;
import heard.web.FormProblems;
import org.springframework.stereotype.Component;

/** The values of the merge fields for one case as it stands today, written as a letter would write them. */
@Component
public class CaseMergeValues {

    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final StaffMessages words;

    CaseMergeValues(Organisation organisation, WorkingDayCalendar calendar, StaffMessages words) {
        this.organisation = organisation;
        this.calendar = calendar;
        this.words = words;
    }

    public Map<MergeField, String> of(CaseView view, String senderName) {
        Complaint c = view.complaint();
        ComplaintDetails d = c.details();
        LocalDate today = view.today();
        Map<MergeField, String> v = new EnumMap<>(MergeField.class);
        common(v, d.complainant().name(), c.reference().value(), d.receivedOn(), today);
        Optional<Stage> stage = c.currentStage();
        stage.ifPresent(s -> {
            v.put(MergeField.STAGE, String.valueOf(s.number()));
            put(v, MergeField.RESPONDER_NAME, s.responderName());
            date(v, MergeField.RESPONDED_ON, s.respondedOn());
            if (s.extension() != null) {
                put(v, MergeField.EXTENSION_REASON, s.extension().reason());
            }
            for (CaseDeadline dl : view.deadlinesOf(s.number())) {
                switch (dl.kind()) {
                    case ACKNOWLEDGEMENT -> date(v, MergeField.ACKNOWLEDGEMENT_DUE, dl.effectiveDue());
                    case RESPONSE, AUTHORITY_RESPONSE -> {
                        date(v, MergeField.RESPONSE_DUE, dl.effectiveDue());
                        date(v, MergeField.EXTENDED_TO, dl.extendedDue());
                        if (dl.start() != null && dl.effectiveDue() != null) {
                            workingDays(dl.start(), dl.effectiveDue())
                                    .ifPresent(n -> v.put(MergeField.RESPONSE_WORKING_DAYS, String.valueOf(n)));
                        }
                    }
                    default -> { }
                }
            }
            String contact = v.get(MergeField.COMPLAINTS_TEAM_CONTACT);
            if (s.number() < view.rules().stageCount()) {
                view.nextStageRequestDue().ifPresent(by -> {
                    date(v, MergeField.NEXT_STAGE_BY, by);
                    v.put(MergeField.NEXT_STAGE_RIGHTS, words.text("notify.rights.nextStage", s.number() + 1, by,
                            contact == null ? "" : contact));
                });
            } else {
                v.put(MergeField.NEXT_STAGE_RIGHTS, words.text("notify.rights.ombudsman", v.get(MergeField.OMBUDSMAN_CONTACT)));
            }
        });
        if (d.teamId() != null) {
            organisation.team(d.teamId()).ifPresent(t -> v.put(MergeField.RESPONDING_TEAM, t.nameOn(today)));
        }
        put(v, MergeField.COMPLAINT_SUMMARY, d.summary());
        List<String> elements = d.elements();
        if (!elements.isEmpty()) {
            v.put(MergeField.COMPLAINT_ELEMENTS, IntStream.range(0, elements.size())
                    .mapToObj(i -> (i + 1) + ". " + elements.get(i)).collect(Collectors.joining("\n")));
        }
        put(v, MergeField.DESIRED_OUTCOME, d.desiredOutcome());
        put(v, MergeField.CHILD_NAME, d.child().name());
        put(v, MergeField.ADVOCACY_PROVIDER, d.advocacyProvider());
        date(v, MergeField.CLOSED_ON, c.closedOn());
        put(v, MergeField.SENDER_NAME, senderName);
        return v;
    }

    /** The few values a receipt of a form from the public has, before there is a case. */
    public Map<MergeField, String> receipt(String reference, LocalDate receivedOn, LocalDate acknowledgeBy, LocalDate today) {
        Map<MergeField, String> v = new EnumMap<>(MergeField.class);
        common(v, null, reference, receivedOn, today);
        date(v, MergeField.ACKNOWLEDGEMENT_DUE, acknowledgeBy);
        return v;
    }

    private void common(Map<MergeField, String> v, String name, String reference, LocalDate receivedOn, LocalDate today) {
        put(v, MergeField.COMPLAINANT_NAME, name);
        v.put(MergeField.REFERENCE, reference);
        v.put(MergeField.COUNCIL_NAME, organisation.councilName());
        date(v, MergeField.TODAY, today);
        date(v, MergeField.RECEIVED_ON, receivedOn);
        v.put(MergeField.OMBUDSMAN_CONTACT, words.text("notify.ombudsman.contact"));
        Council council = organisation.council();
        String contact = java.util.stream.Stream.of(council.contactEmail(), council.contactPhone(), council.contactAddress())
                .filter(s -> s != null && !s.isBlank()).map(s -> s.replace('\n', ' ').replace("\r", ""))
                .collect(Collectors.joining(", "));
        put(v, MergeField.COMPLAINTS_TEAM_CONTACT, contact.isEmpty() ? null : contact);
    }

    private Optional<Integer> workingDays(LocalDate from, LocalDate to) {
        try {
            return Optional.of(calendar.between(from, to));
        } catch (CalendarNotKnownException e) {
            return Optional.empty();
        }
    }

    private static void put(Map<MergeField, String> v, MergeField field, String value) {
        if (value != null && !value.isBlank()) {
            v.put(field, value);
        }
    }

    private static void date(Map<MergeField, String> v, MergeField field, LocalDate date) {
        if (date != null) {
            v.put(field, date.format(FormProblems.GOVUK_DATE));
        }
    }
}
