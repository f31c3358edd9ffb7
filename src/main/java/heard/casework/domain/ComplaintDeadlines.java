package heard.casework.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import heard.calendar.CalendarNotKnownException;
import heard.calendar.DateRange;
import heard.calendar.Timescale;
import heard.calendar.WorkingDayCalendar;
import heard.casework.CaseDeadline;
import heard.casework.Complaint;
import heard.casework.Extension;
import heard.casework.ProcedureKind;
import heard.casework.ProcedureRules;
import heard.casework.Stage;

/**
 * Works out every deadline of a complaint from its dates, its procedure's timescales and the
 * working-day calendar. Days when the complaint was suspended do not count, so a suspension
 * moves every deadline it overlaps.
 */
public final class ComplaintDeadlines {

    private final Complaint complaint;
    private final ProcedureRules rules;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final List<DateRange> paused;

    private ComplaintDeadlines(Complaint complaint, ProcedureRules rules, WorkingDayCalendar calendar, LocalDate today) {
        this.complaint = complaint;
        this.rules = rules;
        this.calendar = calendar;
        this.today = today;
        this.paused = complaint.suspensions().stream().map(s -> s.pausedDays(today)).toList();
    }

    public static List<CaseDeadline> of(Complaint complaint, ProcedureRules rules, WorkingDayCalendar calendar,
                                        LocalDate today) {
        return new ComplaintDeadlines(complaint, rules, calendar, today).all();
    }

    /**
     * The deadline the complaints team must watch now: the earliest still to meet. None while the
     * case is closed or its clock is paused.
     */
    public static Optional<CaseDeadline> current(Complaint complaint, ProcedureRules rules, WorkingDayCalendar calendar,
                                                 LocalDate today) {
        return open(complaint, rules, calendar, today).stream().min(Comparator.comparing(CaseDeadline::effectiveDue));
    }

    /**
     * Every deadline still to meet, the staff's to watch and be reminded of: none while the case is closed or its
     * clock is paused.
     */
    public static List<CaseDeadline> open(Complaint complaint, ProcedureRules rules, WorkingDayCalendar calendar,
                                          LocalDate today) {
        if (complaint.isClosed() || complaint.ongoingSuspension().isPresent()) {
            return List.of();
        }
        return of(complaint, rules, calendar, today).stream().filter(CaseDeadline::isPending).toList();
    }

    /**
     * For a statutory Stage 1 not yet answered: the day after which the complainant may go
     * straight to Stage 2 (20 working days, the most Stage 1 can be extended to).
     */
    public static Optional<LocalDate> mayEscalateAfter(Complaint complaint, WorkingDayCalendar calendar, LocalDate today) {
        if (complaint.procedure() != ProcedureKind.STATUTORY) {
            return Optional.empty();
        }
        return complaint.stage(1).filter(s -> !s.isDecided()).flatMap(s -> {
            List<DateRange> pauses = complaint.suspensions().stream().map(p -> p.pausedDays(today)).toList();
            try {
                return Optional.of(calendar.add(complaint.details().receivedOn(),
                        heard.calendar.StatutoryTimescales.STAGE_1.extendedTo().orElseThrow().count(), pauses));
            } catch (CalendarNotKnownException e) {
                return Optional.empty();
            }
        });
    }

    /** After a stage's answer: the last day to ask for the next stage without needing the council's discretion. */
    public static Optional<LocalDate> nextStageRequestDue(Complaint complaint, ProcedureRules rules,
                                                          WorkingDayCalendar calendar) {
        return complaint.currentStage()
                .filter(s -> s.respondedOn() != null && s.number() < rules.stageCount())
                .flatMap(s -> {
                    try {
                        return Optional.of(calendar.add(s.respondedOn(),
                                rules.stage(s.number() + 1).requestWindow().target().count()));
                    } catch (CalendarNotKnownException e) {
                        return Optional.empty();
                    }
                });
    }

    private List<CaseDeadline> all() {
        List<CaseDeadline> deadlines = new ArrayList<>();
        if (!complaint.hasStageProcedure()) {
            return deadlines;
        }
        for (Stage stage : complaint.stages()) {
            // A case log does not record acknowledgements, so an imported case has no acknowledgement to chase;
            // and a stage that has ended has none left to meet.
            boolean acknowledgementKnowable = complaint.importedFrom() == null || stage.acknowledgedOn() != null;
            if (acknowledgementKnowable && (stage.number() == 1
                    || rules.stage(stage.number()).clockStart() == StageRules.ClockStart.ACKNOWLEDGED)) {
                deadlines.add(deadline(CaseDeadline.Kind.ACKNOWLEDGEMENT, stage, stage.requestedOn(),
                        rules.acknowledgement(), null, stage.acknowledgedOn(), stage.isDecided()));
            }
            boolean endedWithoutAnswer = stage.isDecided() && stage.respondedOn() == null;
            if (complaint.procedure() == ProcedureKind.STATUTORY && stage.number() == 3) {
                deadlines.add(deadline(CaseDeadline.Kind.PANEL, stage, stage.requestedOn(),
                        heard.calendar.StatutoryTimescales.STAGE_3_PANEL, null, stage.panelOn(), endedWithoutAnswer));
                deadlines.add(deadline(CaseDeadline.Kind.PANEL_REPORT, stage, stage.panelOn(),
                        heard.calendar.StatutoryTimescales.STAGE_3_PANEL_REPORT, null, stage.panelReportOn(),
                        endedWithoutAnswer));
                deadlines.add(deadline(CaseDeadline.Kind.AUTHORITY_RESPONSE, stage, stage.panelReportOn(),
                        heard.calendar.StatutoryTimescales.STAGE_3_AUTHORITY_RESPONSE, null, stage.respondedOn(),
                        endedWithoutAnswer));
            } else {
                if (complaint.procedure() == ProcedureKind.STATUTORY && stage.number() == 2
                        && stage.statementSentOn() != null) {
                    deadlines.add(statementAgreement(stage));
                }
                StageRules stageRules = rules.stage(stage.number());
                deadlines.add(deadline(CaseDeadline.Kind.RESPONSE, stage, clockStart(stage, stageRules),
                        stageRules.response(), stage.extension(), stage.respondedOn(), endedWithoutAnswer));
            }
        }
        return deadlines;
    }

    private LocalDate clockStart(Stage stage, StageRules stageRules) {
        return switch (stageRules.clockStart()) {
            case RECEIVED -> complaint.details().receivedOn();
            case REQUESTED -> stage.requestedOn();
            // Until the statement is agreed the clock has not started; an answered stage without one
            // (an imported log) is timed from the request, as the case log's rules say.
            case STATEMENT_AGREED -> stage.statementAgreedOn() != null ? stage.statementAgreedOn()
                    : stage.isDecided() ? stage.requestedOn() : null;
            case ACKNOWLEDGED -> stage.acknowledgedOn() != null ? stage.acknowledgedOn()
                    : add(stage.requestedOn(), rules.acknowledgement().target().count());
        };
    }

    /** The complainant's agreement to the statement of complaint, by the day they were asked to agree it by. */
    private CaseDeadline statementAgreement(Stage stage) {
        LocalDate due = stage.statementAgreeBy();
        LocalDate metOn = stage.statementAgreedOn();
        boolean closed = metOn == null && (stage.isDecided() || complaint.isClosed());
        boolean pending = metOn == null && !closed;
        boolean overdue = pending && today.isAfter(due);
        try {
            Integer days = !pending ? null : overdue ? calendar.between(due, today) : calendar.between(today, due);
            return new CaseDeadline(CaseDeadline.Kind.STATEMENT_AGREEMENT, stage.number(), stage.statementSentOn(), due,
                    null, null, metOn, closed, overdue, days, false);
        } catch (CalendarNotKnownException e) {
            return new CaseDeadline(CaseDeadline.Kind.STATEMENT_AGREEMENT, stage.number(), stage.statementSentOn(), due,
                    null, null, metOn, closed, false, null, true);
        }
    }

    private CaseDeadline deadline(CaseDeadline.Kind kind, Stage stage, LocalDate start, Timescale timescale,
                                  Extension extension, LocalDate metOn, boolean endedWithoutAnswer) {
        boolean closed = metOn == null && (endedWithoutAnswer || complaint.isClosed());
        if (start == null) {
            return new CaseDeadline(kind, stage.number(), null, null, null, null, metOn, closed, false, null, false);
        }
        try {
            LocalDate due = add(start, timescale.target().count());
            LocalDate extendedDue = extension == null ? null : add(start, extension.to().count());
            LocalDate limit = timescale.extendedTo().map(t -> add(start, t.count())).orElse(null);
            LocalDate counts = extendedDue != null ? extendedDue : due;
            boolean pending = metOn == null && !closed;
            boolean overdue = pending && today.isAfter(counts);
            Integer days = !pending ? null : overdue ? calendar.between(counts, today) : calendar.between(today, counts);
            return new CaseDeadline(kind, stage.number(), start, due, extendedDue, limit, metOn, closed, overdue, days,
                    false);
        } catch (CalendarNotKnownException e) {
            return new CaseDeadline(kind, stage.number(), start, null, null, null, metOn, closed, false, null, true);
        }
    }

    private LocalDate add(LocalDate start, int workingDays) {
        return calendar.add(start, workingDays, paused);
    }
}
