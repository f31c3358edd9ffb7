package heard.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import heard.casework.Advocacy;
import heard.casework.CaseReference;
import heard.casework.CaseworkImport;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Ethnicity;
import heard.casework.ImportedCase;
import heard.casework.ImportedStage;
import heard.casework.Money;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.RecordType;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.feedback.FeedbackRecord;
import heard.feedback.FeedbackType;
import heard.feedback.Feedbacks;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanDecision;
import heard.ombudsman.OmbudsmanRecord;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case log written as a test reads best: one line per record, its stages in order, then brought
 * into Heard through the APIs the case-log importer uses, in one transaction.
 */
final class CaseLog {

    private final List<ImportedCase> cases = new ArrayList<>();
    private final List<FeedbackRecord> feedback = new ArrayList<>();
    private final List<OmbudsmanRecord> ombudsman = new ArrayList<>();

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Money money(String pounds) {
        return pounds == null ? null : Money.of(pounds);
    }

    Row complaint(String reference, String received) {
        return new Row(reference, RecordType.COMPLAINT, ProcedureKind.STATUTORY, date(received));
    }

    Row corporateComplaint(String reference, String received) {
        return new Row(reference, RecordType.COMPLAINT, ProcedureKind.CORPORATE, date(received));
    }

    Row nonQualifying(String reference, String received) {
        return new Row(reference, RecordType.COMPLAINT, ProcedureKind.NON_QUALIFYING, date(received));
    }

    Row representation(String reference, String received) {
        return new Row(reference, RecordType.REPRESENTATION, null, date(received));
    }

    CaseLog feedback(String reference, FeedbackType type, String received, Long areaId, Long teamId, String responded,
                     boolean quotable, String words) {
        feedback.add(new FeedbackRecord(new CaseReference(reference), type, date(received), null, null, null, null, areaId,
                teamId, List.of(), words, date(responded), quotable, null, null, null, null, null, null, List.of(), null,
                null, null, null, null));
        return this;
    }

    CaseLog ombudsman(String reference, String referred, OmbudsmanDecision decision, String decided) {
        ombudsman.add(OmbudsmanRecord.fromCaseLog(new CaseReference(reference), date(referred), decision, date(decided)));
        return this;
    }

    void importInto(TransactionTemplate transaction, CaseworkImport casework, Feedbacks feedbacks, Ombudsman lgsco) {
        transaction.executeWithoutResult(status -> {
            casework.add(cases, "test case log", "reporting test");
            feedbacks.add(feedback, "test case log");
            lgsco.importAll(ombudsman, "test case log");
        });
    }

    /** One complaint or representation; {@link #add()} puts it in the log. */
    final class Row {
        private final String reference;
        private final RecordType type;
        private final ProcedureKind procedure;
        private final LocalDate received;
        private Long area;
        private Long team;
        private List<Long> issues = List.of();
        private Channel channel;
        private ComplainantRole role;
        private Sex sex;
        private Ethnicity ethnicity;
        private Integer age;
        private Advocacy advocacy;
        private LocalDate answered;
        private LocalDate withdrawn;
        private final List<ImportedStage> stages = new ArrayList<>();
        private List<RemedyType> remedies = List.of();
        private Money payment;
        private Money officer;
        private Money independent;
        private Money panel;
        private Money mediation;

        private Row(String reference, RecordType type, ProcedureKind procedure, LocalDate received) {
            this.reference = reference;
            this.type = type;
            this.procedure = procedure;
            this.received = received;
        }

        Row team(Long areaId, Long teamId) {
            this.area = areaId;
            this.team = teamId;
            return this;
        }

        Row issues(Long... ids) {
            this.issues = List.of(ids);
            return this;
        }

        Row from(ComplainantRole role, Channel channel) {
            this.role = role;
            this.channel = channel;
            return this;
        }

        Row child(Sex sex, String ethnicity, Integer age) {
            this.sex = sex;
            this.ethnicity = ethnicity == null ? null : Ethnicity.parse(ethnicity);
            this.age = age;
            return this;
        }

        Row advocacy(Advocacy advocacy) {
            this.advocacy = advocacy;
            return this;
        }

        Row answered(String on) {
            this.answered = date(on);
            return this;
        }

        Row withdrawn(String on) {
            this.withdrawn = date(on);
            return this;
        }

        Row stage1(String responded, Outcome outcome) {
            return stage1(responded, outcome, false);
        }

        Row stage1(String responded, Outcome outcome, boolean extended) {
            stages.add(new ImportedStage(1, null, null, extended, date(responded), outcome, null, null));
            return this;
        }

        Row stage2(String requested, String started, boolean extended, String responded, Outcome outcome) {
            stages.add(new ImportedStage(2, date(requested), date(started), extended, date(responded), outcome, null, null));
            return this;
        }

        Row stage3(String requested, String panel, String report, String responded, Outcome outcome) {
            stages.add(new ImportedStage(3, date(requested), null, false, date(responded), outcome, date(panel), date(report)));
            return this;
        }

        Row remedies(String payment, RemedyType... types) {
            this.payment = money(payment);
            this.remedies = List.of(types);
            return this;
        }

        Row costs(String officer, String independent, String panel, String mediation) {
            this.officer = money(officer);
            this.independent = money(independent);
            this.panel = money(panel);
            this.mediation = money(mediation);
            return this;
        }

        CaseLog add() {
            cases.add(new ImportedCase(new CaseReference(reference), type, procedure, received, channel, role, area, team,
                    issues, null, sex, ethnicity, age, advocacy, answered, stages, withdrawn, remedies, payment, officer,
                    independent, panel, mediation));
            return CaseLog.this;
        }
    }
}
