package heard.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import heard.calendar.Timescale;
import heard.casework.domain.Actor;

/**
 * Turns a case log's record into a case and back. A case built from a log is what the log says,
 * nothing more: its stages are not replayed move by move (a log has no statement dates to check a
 * Stage 2 against), but its timeline tells where it came from and what happened when.
 */
final class CaseLogMapping {

    private CaseLogMapping() {
    }

    static Complaint toCase(ImportedCase row, Function<ProcedureKind, ProcedureRules> rules, String source, Actor actor) {
        ComplaintDetails details = new ComplaintDetails(row.receivedOn(), row.channel(),
                new Complainant(null, null, null, null, row.complainantRole()),
                new Child(null, null, row.childAge(), row.childSex(), row.childEthnicity(), null),
                false, null, row.advocacy(), null, row.serviceAreaId(), row.teamId(), row.issueIds(), List.of(), null,
                row.summary(), null);
        List<Stage> stages = new ArrayList<>();
        ProcedureRules procedureRules = rules.apply(row.procedure());
        for (ImportedStage s : row.stages()) {
            stages.add(stage(s, row, procedureRules));
        }
        List<TimelineEntry> timeline = timeline(row, source, actor);
        List<Remedy> remedies = remedies(row, stages);
        List<Cost> costs = new ArrayList<>();
        addCost(costs, CostKind.INVESTIGATING_OFFICER, row.costInvestigatingOfficer(), row.receivedOn());
        addCost(costs, CostKind.INDEPENDENT_PERSON, row.costIndependentPerson(), row.receivedOn());
        addCost(costs, CostKind.REVIEW_PANEL, row.costReviewPanel(), row.receivedOn());
        addCost(costs, CostKind.MEDIATION, row.costMediation(), row.receivedOn());
        boolean finished = stages.stream().allMatch(Stage::isDecided)
                && (!stages.isEmpty() || row.recordType() == RecordType.COMPLAINT || row.answeredOn() != null);
        LocalDate closedOn = finished ? lastDate(row, stages) : null;
        return new Complaint(null, 0, row.reference(), row.recordType(), row.procedure(), row.answeredOn(), details, null,
                null, null, stages, remedies, row.withdrawnOn(), null, List.of(), List.of(), costs, timeline,
                finished ? CaseStatus.CLOSED : CaseStatus.OPEN, closedOn, source, null);
    }

    static ImportedCase toRow(Complaint c) {
        List<ImportedStage> stages = c.stages().stream().map(s -> new ImportedStage(s.number(), s.requestedOn(),
                s.statementAgreedOn(), s.isExtended(), s.respondedOn(), s.outcome(), s.panelOn(), s.panelReportOn()))
                .toList();
        Money payment = c.remedies().stream().map(Remedy::amount).filter(Objects::nonNull).reduce(Money::plus).orElse(null);
        List<RemedyType> remedies = c.remedies().stream().map(Remedy::type).filter(Objects::nonNull).distinct().toList();
        Child child = c.details().child();
        return new ImportedCase(c.reference(), c.recordType(), c.procedure(), c.details().receivedOn(),
                c.details().channel(), c.details().complainant().role(), c.details().serviceAreaId(),
                c.details().teamId(), c.details().issueIds(), c.details().summary(), child.sex(), child.ethnicity(),
                child.ageOn(c.details().receivedOn()), c.details().advocacy(), c.representationAnsweredOn(), stages,
                c.withdrawnOn(), remedies, payment, cost(c, CostKind.INVESTIGATING_OFFICER),
                cost(c, CostKind.INDEPENDENT_PERSON), cost(c, CostKind.REVIEW_PANEL), cost(c, CostKind.MEDIATION));
    }

    private static Stage stage(ImportedStage s, ImportedCase row, ProcedureRules rules) {
        LocalDate requested = s.number() == 1 ? row.receivedOn() : s.requestedOn();
        Stage stage = new Stage(s.number(), requested);
        stage.agreeStatement(s.startedOn());
        if (s.extended()) {
            Timescale timescale = rules.stages().size() >= s.number() ? rules.stage(s.number()).response()
                    : heard.calendar.StatutoryTimescales.STAGE_1;
            stage.extend(new Extension(timescale.extendedTo().orElse(timescale.target()), null, null));
        }
        stage.holdPanel(s.panelOn());
        stage.reportPanel(s.panelReportOn());
        if (s.respondedOn() != null) {
            stage.respond(s.respondedOn(), s.outcome(), List.of(), List.of());
        }
        LocalDate decided = s.outcome() == null ? null : switch (s.outcome()) {
            case WITHDRAWN -> row.withdrawnOn();
            case ESCALATED_WITHOUT_RESPONSE -> row.stages().size() > s.number()
                    ? row.stages().get(s.number()).requestedOn() : null;
            default -> s.respondedOn();
        };
        if (s.outcome() == null) {
            stage.undecide();
        } else {
            stage.decide(s.outcome(), decided);
        }
        return stage;
    }

    /**
     * The log's remedies belong to the last stage answered; its one payment goes on the payment
     * remedy the log names, or stands alone when it names none. They count on the day received.
     */
    private static List<Remedy> remedies(ImportedCase row, List<Stage> stages) {
        Integer stage = stages.stream().filter(s -> s.respondedOn() != null).map(Stage::number)
                .reduce((a, b) -> b).orElse(stages.isEmpty() ? null : stages.get(stages.size() - 1).number());
        List<Remedy> remedies = new ArrayList<>();
        RemedyType paidAs = row.remedyPayment() == null ? null
                : row.remedies().contains(RemedyType.FINANCIAL_REMEDY) ? RemedyType.FINANCIAL_REMEDY
                : row.remedies().contains(RemedyType.REIMBURSEMENT) ? RemedyType.REIMBURSEMENT : null;
        for (RemedyType type : row.remedies()) {
            remedies.add(new Remedy(type, type == paidAs ? row.remedyPayment() : null, null, row.receivedOn(), stage));
        }
        if (row.remedyPayment() != null && paidAs == null) {
            remedies.add(new Remedy(null, row.remedyPayment(), null, row.receivedOn(), stage));
        }
        return remedies;
    }

    private static List<TimelineEntry> timeline(ImportedCase row, String source, Actor actor) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry(row.receivedOn(), TimelineEntry.Event.RECEIVED, null, null, actor));
        for (ImportedStage s : row.stages()) {
            if (s.number() > 1 && s.requestedOn() != null) {
                entries.add(entry(s.requestedOn(), TimelineEntry.Event.STAGE_REQUESTED, s.number(), null, actor));
            }
            if (s.startedOn() != null) {
                entries.add(entry(s.startedOn(), TimelineEntry.Event.STATEMENT_AGREED, s.number(), null, actor));
            }
            if (s.panelOn() != null) {
                entries.add(entry(s.panelOn(), TimelineEntry.Event.PANEL_HELD, s.number(), null, actor));
            }
            if (s.panelReportOn() != null) {
                entries.add(entry(s.panelReportOn(), TimelineEntry.Event.PANEL_REPORTED, s.number(), null, actor));
            }
            if (s.respondedOn() != null) {
                entries.add(entry(s.respondedOn(), TimelineEntry.Event.RESPONDED, s.number(), s.outcome(), actor));
            }
        }
        if (row.answeredOn() != null) {
            entries.add(entry(row.answeredOn(), TimelineEntry.Event.RESPONDED, null, null, actor));
        }
        if (row.withdrawnOn() != null) {
            entries.add(entry(row.withdrawnOn(), TimelineEntry.Event.WITHDRAWN, null, Outcome.WITHDRAWN, actor));
        }
        entries.sort(java.util.Comparator.comparing(TimelineEntry::on));
        entries.add(new TimelineEntry(actor.today(), TimelineEntry.Event.IMPORTED, null, null, null, source, actor.name(),
                actor.now()));
        return entries;
    }

    private static TimelineEntry entry(LocalDate on, TimelineEntry.Event event, Integer stage, Outcome outcome, Actor actor) {
        return new TimelineEntry(on, event, stage, outcome, null, null, actor.name(), actor.now());
    }

    private static void addCost(List<Cost> costs, CostKind kind, Money amount, LocalDate on) {
        if (amount != null) {
            costs.add(new Cost(kind, amount, on));
        }
    }

    private static Money cost(Complaint c, CostKind kind) {
        return c.costs().stream().filter(x -> x.kind() == kind).map(Cost::amount).reduce(Money::plus).orElse(null);
    }

    private static LocalDate lastDate(ImportedCase row, List<Stage> stages) {
        LocalDate last = row.receivedOn();
        for (LocalDate d : new LocalDate[] {row.answeredOn(), row.withdrawnOn()}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        for (Stage s : stages) {
            for (LocalDate d : new LocalDate[] {s.decidedOn(), s.respondedOn()}) {
                if (d != null && d.isAfter(last)) {
                    last = d;
                }
            }
        }
        return last;
    }
}
