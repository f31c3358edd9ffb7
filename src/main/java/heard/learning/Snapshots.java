package heard.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The states the audit trail keeps of the register's records, before and after each change. */
final class Snapshots {

    private Snapshots() {
    }

    record ActionState(Long id, String what, ActionOrigin origin, List<String> cases, Long ownerId, String ownerName,
                       LocalDate dueOn, ActionStatus status, LocalDate startedOn, LocalDate completedOn, String evidence,
                       LocalDate droppedOn, String droppedReason, String youSaid, String weDid) {
    }

    record RemedyState(Long id, String reference, RemedyKind kind, BigDecimal amount, String description,
                       LocalDate dueOn, LocalDate compliedOn, String evidence) {
    }

    static ActionState of(Action a) {
        return new ActionState(a.id(), a.what(), a.origin(), a.cases(), a.owner() == null ? null : a.owner().id(),
                a.owner() == null ? null : a.owner().name(), a.dueOn(), a.status(), a.startedOn(), a.completedOn(),
                a.evidence(), a.droppedOn(), a.droppedReason(), a.youSaid(), a.weDid());
    }

    static RemedyState of(OmbudsmanRemedy r) {
        return new RemedyState(r.id(), r.reference(), r.kind(), r.pounds(), r.description(), r.dueOn(), r.compliedOn(),
                r.evidence());
    }
}
