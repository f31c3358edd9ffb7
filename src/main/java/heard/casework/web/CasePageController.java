package heard.casework.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import heard.calendar.CalendarNotKnownException;
import heard.calendar.WorkingDayCalendar;
import heard.casework.CaseDeadline;
import heard.casework.CaseView;
import heard.casework.Casework;
import heard.casework.Complaint;
import heard.casework.ComplaintDetails;
import heard.casework.ElementFinding;
import heard.casework.ProcedureKind;
import heard.casework.Remedy;
import heard.casework.Stage;
import heard.casework.TimelineEntry;
import heard.casework.domain.Move;
import heard.casework.domain.Restriction;
import heard.casework.domain.RestrictionReason;
import heard.web.RecordPanel;
import heard.web.RecordTimeline;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case's page: what it is, where it stands, every deadline, what happened, and what the person may do now. */
@Controller
@PreAuthorize(CaseworkWeb.CASE_ROLES)
class CasePageController {

    private final CasePages pages;
    private final Casework casework;
    private final WorkingDayCalendar calendar;
    private final List<RecordPanel> panels;
    private final Choices choices;
    private final List<RecordTimeline> timelines;

    CasePageController(CasePages pages, Casework casework, WorkingDayCalendar calendar, List<RecordPanel> panels,
                       Choices choices, List<RecordTimeline> timelines) {
        this.pages = pages;
        this.casework = casework;
        this.timelines = timelines;
        this.choices = choices;
        this.calendar = calendar;
        this.panels = panels;
    }

    /** A deadline as the page shows it: late by how many working days, if it was met late. */
    record DeadlineView(CaseDeadline deadline, Integer lateBy) {
    }

    /** A finding with the words of the element it answers. */
    record FindingView(ElementFinding finding, String element) {
    }

    /**
     * A stage as the page shows it.
     *
     * @param statementDays Stage 2: working days from the request to the agreed statement of
     *                      complaint, or to today while it is not yet agreed
     */
    record StageView(Stage stage, String title, List<DeadlineView> deadlines, Integer statementDays,
                     List<FindingView> findings, List<Remedy> remedies) {
    }

    /** A timeline entry in words: what happened, what was written about it, and where to see more, if anywhere. */
    record TimelineView(LocalDate on, java.time.Instant recordedAt, String recordedBy, String title, String detail,
                        String href) {
    }

    /** Someone who sees a restricted case, and why: {@code named} on it, or a {@code manager}. */
    record Viewer(String name, String part) {
    }

    /** A move offered now: where its form is and its words. */
    record MoveLink(String href, String text) {
    }

    @GetMapping("/cases/{reference}")
    String show(@PathVariable String reference, Model model) {
        CaseView view = pages.view(reference);
        Complaint c = view.complaint();
        LocalDate today = view.today();
        ComplaintDetails d = c.details();
        model.addAttribute("view", view);
        model.addAttribute("c", c);
        model.addAttribute("d", d);
        pages.detailsNames(model, d);
        List<StageView> stages = new ArrayList<>();
        for (Stage s : c.stages()) {
            stages.add(stageView(view, s, today));
        }
        Collections.reverse(stages);
        model.addAttribute("stages", stages);
        model.addAttribute("moves", moves(view));
        restriction(c, model);
        List<TimelineView> timeline = new ArrayList<>(c.timeline().stream().map(this::timelineView).toList());
        Collections.reverse(timeline);
        for (RecordTimeline other : timelines) {
            other.entries(c.reference().value()).forEach(e -> timeline.add(new TimelineView(e.on(), e.recordedAt(),
                    e.recordedBy(), e.title(), e.detail(), e.href())));
        }
        // Newest first; the sort is stable, so entries recorded at one moment keep the case's own order.
        timeline.sort(Comparator.comparing(TimelineView::recordedAt).reversed());
        model.addAttribute("timeline", timeline);
        model.addAttribute("panels", panels.stream().map(p -> p.panel(c.reference().value())).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(RecordPanel.View::order)).toList());
        model.addAttribute("canCorrect", view.can(Move.CORRECT_DETAILS));
        model.addAttribute("canChangeProcedure", view.can(Move.CHANGE_PROCEDURE));
        model.addAttribute("weekEnd", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        model.addAttribute("escalationStage", c.currentStage().map(s -> s.number() + 1).orElse(2));
        return "casework/case";
    }

    /** Whether the case is restricted, why, and everyone who sees it. */
    private void restriction(Complaint c, Model model) {
        Restriction restriction = c.restriction().orElse(null);
        model.addAttribute("restriction", restriction);
        if (restriction == null) {
            return;
        }
        model.addAttribute("restrictionReason", reasonWords(restriction.reason().name(), restriction.otherReason()));
        java.util.Set<Long> named = c.namedStaff();
        model.addAttribute("restrictedTo", casework.restrictedTo(c).stream()
                .map(m -> new Viewer(m.displayName(), named.contains(m.id()) ? "named" : "manager")).toList());
    }

    /** A restriction's reason in words: the reason's own, or the words given for another. */
    private String reasonWords(String reason, String otherWords) {
        return reason.equals(RestrictionReason.OTHER.name()) ? otherWords : choices.message("restrictionReason." + reason);
    }

    private StageView stageView(CaseView view, Stage s, LocalDate today) {
        Complaint c = view.complaint();
        List<DeadlineView> deadlines = view.deadlinesOf(s.number()).stream()
                .map(dl -> new DeadlineView(dl, lateBy(dl))).toList();
        Integer statementDays = null;
        if (c.procedure() == ProcedureKind.STATUTORY && s.number() == 2) {
            statementDays = workingDays(s.requestedOn(), s.statementAgreedOn() != null ? s.statementAgreedOn() : today);
        }
        List<String> elements = c.details().elements();
        List<FindingView> findings = s.findings().stream()
                .map(f -> new FindingView(f, f.element() <= elements.size() ? elements.get(f.element() - 1) : null))
                .toList();
        String title = c.procedure() == ProcedureKind.STATUTORY
                ? "stage.title.statutory." + s.number() : "stage.title";
        return new StageView(s, title, deadlines, statementDays, findings, c.remediesAt(s.number()));
    }

    /**
     * The words of a timeline entry (timeline.EVENT, with the stage, the outcome's words, the person
     * and the text), and the text beneath it where the words do not already carry it.
     */
    private TimelineView timelineView(TimelineEntry e) {
        String outcome = e.outcome() == null ? null : choices.message("outcome." + e.outcome().name());
        String title;
        String detail = null;
        switch (e.event()) {
            case COST_RECORDED -> {
                // The domain records a cost as "KIND AMOUNT".
                String[] kindAndAmount = e.text().split(" ", 2);
                title = choices.message("timeline.cost", choices.message("cost." + kindAndAmount[0]), kindAndAmount[1]);
            }
            case SUSPENDED -> {
                title = choices.message("timeline.SUSPENDED");
                detail = e.text() == null ? null : choices.message("suspension." + e.text());
            }
            case RESTRICTED -> {
                // The domain records a reason by its name, and another reason by its words.
                boolean named = java.util.Arrays.stream(RestrictionReason.values()).anyMatch(r -> r.name().equals(e.text()));
                title = choices.message("timeline.RESTRICTED");
                detail = named ? reasonWords(e.text(), null) : e.text();
            }
            case RECEIVED -> title = choices.message("timeline.RECEIVED")
                    + (e.text() == null ? "" : choices.message("timeline.by", choices.message("channel." + e.text().toUpperCase(Locale.ROOT))));
            default -> {
                title = choices.message("timeline." + e.event().name(), e.stage(), outcome, e.person(), e.text());
                if (SHOWN_BELOW.contains(e.event())) {
                    detail = e.text();
                }
            }
        }
        return new TimelineView(e.on(), e.recordedAt(), e.recordedBy(), title, detail, null);
    }

    /** Events whose words do not include their text, so it is shown beneath them. */
    private static final Set<TimelineEntry.Event> SHOWN_BELOW = EnumSet.of(TimelineEntry.Event.NOTE,
            TimelineEntry.Event.WITHDRAWN, TimelineEntry.Event.ADR_HELD, TimelineEntry.Event.STAGE_REQUESTED,
            TimelineEntry.Event.RESTRICTION_LIFTED);

    private Integer lateBy(CaseDeadline deadline) {
        if (deadline.metOn() == null || deadline.effectiveDue() == null || deadline.metInTime()) {
            return null;
        }
        return workingDays(deadline.effectiveDue(), deadline.metOn());
    }

    private Integer workingDays(LocalDate from, LocalDate to) {
        try {
            return calendar.between(from, to);
        } catch (CalendarNotKnownException e) {
            return null;
        }
    }

    private static List<MoveLink> moves(CaseView view) {
        Complaint c = view.complaint();
        boolean authorityResponse = c.procedure() == ProcedureKind.STATUTORY
                && c.currentStage().map(Stage::number).orElse(0) == 3;
        return view.moves().stream().sorted().map(m -> new MoveLink(slug(m),
                m == Move.RESPOND && authorityResponse ? "move.RESPOND.authority" : "move." + m.name())).toList();
    }

    /** The last part of a move's address: ACCEPT_LATE_COMPLAINT is accept-late-complaint. */
    static String slug(Move move) {
        return move.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
