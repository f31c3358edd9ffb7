package heard.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import heard.audit.AuditSubject;
import heard.audit.AuditTrail;
import heard.casework.CaseReference;
import heard.casework.Money;
import heard.casework.Refusal;
import heard.casework.References;
import heard.casework.RestrictedCases;
import heard.ombudsman.Ombudsman;
import heard.ombudsman.OmbudsmanRecord;
import heard.security.CurrentUser;
import heard.security.Role;
import heard.security.StaffDirectory;
import heard.security.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning register's API: lessons and the actions that answer them, the remedies the Ombudsman asked for and
 * the council's compliance, and the themes both are tagged with.
 *
 * <p>Complaints officers and managers keep the register; senior managers read it; a member of staff an action is
 * given to sees it and records its progress. Only a complaints manager changes the list of themes or chooses the
 * words the public report gives an action. Each change names the version of the record the person saw, is refused
 * with a reason if it breaks a rule (changing nothing), is audited with the record before and after, and publishes
 * its domain events.
 */
@Service
@Transactional
public class Learning {

    static final int THEME_LENGTH = 100;

    private final LearningRepository repository;
    private final CaseActionsAdoption adoption;
    private final References references;
    private final RestrictedCases restrictedCases;
    private final Ombudsman ombudsman;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Learning(LearningRepository repository, CaseActionsAdoption adoption, References references,
             RestrictedCases restrictedCases, Ombudsman ombudsman, CurrentUser currentUser, StaffDirectory staff,
             AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.adoption = adoption;
        this.references = references;
        this.restrictedCases = restrictedCases;
        this.ombudsman = ombudsman;
        this.currentUser = currentUser;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ themes

    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return repository.themes();
    }

    public Theme addTheme(String name) {
        requireManager();
        String checked = themeName(name, null);
        long id = repository.insertTheme(checked);
        Theme theme = repository.theme(id).orElseThrow();
        audit.changed(new AuditSubject("learning-theme", String.valueOf(id)), "added", "Theme " + checked + " added",
                null, theme);
        return theme;
    }

    /** Renames a theme, or retires it (it then tags nothing new, and what it tagged keeps it) or brings it back. */
    public void changeTheme(long id, int version, String name, boolean retired) {
        requireManager();
        Theme before = repository.theme(id).orElseThrow(() -> Refusal.of("learning.theme.notFound"));
        String checked = themeName(name, id);
        if (before.version() != version || !repository.updateTheme(id, checked, retired, version)) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        audit.changed(new AuditSubject("learning-theme", String.valueOf(id)), "changed", "Theme " + checked + " changed",
                before, repository.theme(id).orElseThrow());
    }

    private String themeName(String name, Long except) {
        String checked = Texts.required("name", name, "learning.theme.name.missing", THEME_LENGTH);
        if (repository.themeNameTaken(checked, except)) {
            throw new Refusal("name", "learning.theme.name.taken", checked);
        }
        return checked;
    }

    @Transactional(readOnly = true)
    public List<Long> caseThemes(CaseReference reference) {
        return repository.caseThemes(reference.value());
    }

    /** Tags a case with themes from the list (replacing those it had); a retired theme it already had may stay. */
    public void tagCase(CaseReference reference, List<Long> themeIds) {
        requireOfficer();
        requireCase(reference.value(), "themeIds");
        List<Long> before = repository.caseThemes(reference.value());
        List<Long> wanted = themeIds == null ? List.of() : themeIds.stream().distinct().toList();
        for (Long id : wanted) {
            Theme theme = repository.theme(id).orElseThrow(() -> new Refusal("themeIds", "learning.theme.notFound"));
            if (theme.retired() && !before.contains(id)) {
                throw new Refusal("themeIds", "learning.theme.retired", theme.name());
            }
        }
        repository.tagCase(reference.value(), wanted);
        audit.changed(new AuditSubject("case", reference.value()), "themes tagged", "Themes of " + reference + " tagged",
                before, wanted);
    }

    /** How many cases received in a period carry each theme (directly, or through a lesson drawn from them), most first. */
    @Transactional(readOnly = true)
    public Map<String, Long> themeCounts(LocalDate from, LocalDate to) {
        return repository.themeCounts(from, to);
    }

    // ------------------------------------------------------------------ lessons

    public long recordLesson(NewLesson lesson) {
        StaffMember me = requireOfficer();
        Lesson checked = checkedLesson(null, lesson, null, List.of(), me.displayName(), today(), 0);
        long id = repository.insertLesson(checked);
        Lesson saved = repository.lesson(id).orElseThrow();
        audit.changed(lessonSubject(id), "recorded", "Lesson recorded", null, saved);
        return id;
    }

    /**
     * Changes what a lesson says, its theme, team and cases, if it is still at the version the person saw. Its theme
     * may stay retired; a new theme must be in use. Who recorded it and when stay as they were. Its cases restricted
     * to others than the editor are not on the editor's form ({@link #casesShownToEdit}) and stay linked.
     */
    public void changeLesson(long id, int version, NewLesson changed) {
        requireOfficer();
        Lesson before = repository.lesson(id).orElseThrow(() -> Refusal.of("learning.lesson.notFound"));
        if (before.version() != version) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        List<String> cases = new ArrayList<>(changed.cases());
        restrictedCases.hiddenAmong(before.cases(), "a lesson being changed").stream()
                .filter(reference -> !cases.contains(reference)).forEach(cases::add);
        NewLesson withHidden = new NewLesson(changed.whatWentWrong(), changed.themeId(), changed.serviceAreaId(),
                changed.teamId(), cases);
        Lesson after = checkedLesson(id, withHidden, before.themeId(), before.cases(), before.recordedBy(),
                before.recordedOn(), version);
        if (!repository.updateLesson(after)) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        audit.changed(lessonSubject(id), "changed", "Lesson " + id + " changed", before,
                repository.lesson(id).orElseThrow());
    }

    /**
     * A lesson as its rules allow it: what went wrong, a theme in use (or the one it has), at least one case the
     * person may link (or one it has already).
     */
    private Lesson checkedLesson(Long id, NewLesson lesson, Long themeItHas, Collection<String> casesItHas,
                                 String recordedBy, LocalDate recordedOn, int version) {
        String what = Texts.required("whatWentWrong", lesson.whatWentWrong(), "learning.lesson.what.missing",
                Action.WHAT_LENGTH);
        if (lesson.themeId() == null) {
            throw new Refusal("themeId", "learning.lesson.theme.missing");
        }
        Theme theme = repository.theme(lesson.themeId())
                .filter(t -> !t.retired() || (themeItHas != null && t.id() == themeItHas))
                .orElseThrow(() -> new Refusal("themeId", "learning.lesson.theme.missing"));
        requireCases(lesson.cases(), casesItHas);
        return new Lesson(id, what, theme.id(), lesson.serviceAreaId(), lesson.teamId(), lesson.cases(), recordedOn,
                recordedBy, version);
    }

    private static AuditSubject lessonSubject(long id) {
        return new AuditSubject("learning-lesson", String.valueOf(id));
    }

    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(long id) {
        requireReader();
        return repository.lesson(id);
    }

    @Transactional(readOnly = true)
    public List<Lesson> lessons(Long teamId, Long themeId) {
        requireReader();
        return repository.lessons(teamId, themeId);
    }

    @Transactional(readOnly = true)
    public List<Lesson> lessonsOfCase(CaseReference reference) {
        return repository.lessonsOfCase(reference.value());
    }

    // ------------------------------------------------------------------ actions

    /** The register's actions the signed-in person may see, first taking up any a case's answer recorded since. */
    public List<Action> register(RegisterQuery query) {
        StaffMember me = currentUser.require();
        adoption.adopt(null);
        return repository.actions(query, today()).stream().filter(a -> maySee(me, a)).toList();
    }

    @Transactional(readOnly = true)
    public List<Action> actionsOfCase(CaseReference reference) {
        StaffMember me = currentUser.require();
        return repository.actionsOfCase(reference.value()).stream().filter(a -> maySee(me, a)).toList();
    }

    @Transactional(readOnly = true)
    public List<Action> actionsOfLesson(long lessonId) {
        StaffMember me = currentUser.require();
        return repository.actionsOfLesson(lessonId).stream().filter(a -> maySee(me, a)).toList();
    }

    /** The action, recorded in the audit trail as viewed; empty if there is none or the person may not see it. */
    public Optional<Action> action(long id) {
        StaffMember me = currentUser.require();
        Optional<Action> found = repository.action(id).filter(a -> maySee(me, a));
        found.ifPresent(a -> audit.viewed(subject(a)));
        return found;
    }

    /** Who may be given an action: active members of staff who answer complaints or manage services or complaints. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners() {
        Map<Long, StaffMember> owners = new LinkedHashMap<>();
        for (Role role : List.of(Role.RESPONDING_MANAGER, Role.SENIOR_MANAGER, Role.COMPLAINTS_OFFICER)) {
            staff.withRole(role).forEach(m -> owners.putIfAbsent(m.id(), m));
        }
        return owners.values().stream().sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Raises an action from one case or several, a lesson, or the case of an Ombudsman decision. */
    public long raiseAction(NewAction request) {
        requireOfficer();
        if (request.origin() == null || request.origin() == ActionOrigin.CASE_ANSWER) {
            throw Refusal.of("learning.action.origin.invalid");
        }
        requireCases(request.cases(), List.of());
        if (request.origin() == ActionOrigin.OMBUDSMAN) {
            OmbudsmanRecord decided = ombudsman.find(new CaseReference(request.cases().get(0)))
                    .map(Ombudsman.Versioned::record).filter(r -> !r.undecided())
                    .orElseThrow(() -> new Refusal("cases", "learning.action.ombudsman.noDecision"));
            if (request.cases().size() > 1) {
                throw new Refusal("cases", "learning.action.ombudsman.oneCase", decided.reference().value());
            }
        }
        Long lessonId = request.lessonId();
        if (lessonId != null && repository.lesson(lessonId).isEmpty()) {
            throw new Refusal("lessonId", "learning.lesson.notFound");
        }
        Owner owner = request.ownerId() == null ? null : owner(request.ownerId());
        if (owner == null) {
            throw new Refusal("ownerId", "learning.action.owner.missing");
        }
        if (request.dueOn() == null) {
            throw new Refusal("dueOn", "learning.action.dueOn.missing");
        }
        Action action = Action.raise(request.what(), request.origin(), lessonId, request.cases(), request.serviceAreaId(),
                request.teamId(), owner, request.dueOn(), today());
        long id = repository.insertAction(action, clock.instant());
        Action saved = repository.action(id).orElseThrow();
        audit.changed(subject(saved), "raised", "Action raised", null, Snapshots.of(saved));
        return id;
    }

    public void assign(long id, int version, Long ownerId, LocalDate dueOn) {
        change(id, version, ActionMove.ASSIGN, "assigned",
                a -> a.assign(ownerId == null ? null : owner(ownerId), dueOn, today()));
    }

    public void start(long id, int version, LocalDate on) {
        change(id, version, ActionMove.START, "started", a -> a.start(on, today()));
    }

    public void complete(long id, int version, LocalDate on, String evidence) {
        change(id, version, ActionMove.COMPLETE, "done", a -> a.complete(on, evidence, today()));
    }

    public void drop(long id, int version, LocalDate on, String reason) {
        change(id, version, ActionMove.DROP, "dropped", a -> a.drop(on, reason, today()));
    }

    /** The complaints manager's words for the public you-said-we-did table. */
    public void word(long id, int version, String youSaid, String weDid) {
        change(id, version, ActionMove.WORDING, "worded for the public report", a -> a.word(youSaid, weDid));
    }

    /** Whether the signed-in person may make a move on an action they can see. */
    @Transactional(readOnly = true)
    public boolean mayMake(String move, Action action) {
        return ActionMove.bySlug(move).map(m -> m.allowedFor(currentUser.require(), action)).orElse(false);
    }

    @FunctionalInterface
    private interface Move {
        void apply(Action action);
    }

    /**
     * The common path of every change to an action: the person may see it and make the move ({@link ActionMove}), it
     * is still at the version they saw, and the action's own rules allow it.
     */
    private void change(long id, int version, ActionMove kind, String what, Move move) {
        StaffMember me = currentUser.require();
        Action action = repository.action(id).filter(a -> maySee(me, a))
                .orElseThrow(() -> Refusal.of("learning.action.notFound"));
        if (!kind.allowedFor(me, action)) {
            throw Refusal.of("learning.notAllowed");
        }
        if (action.version() != version) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        Snapshots.ActionState before = Snapshots.of(action);
        move.apply(action);
        if (!repository.updateAction(action, clock.instant())) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        audit.changed(subject(action), what, "Action " + id + " " + what, before, Snapshots.of(action));
        action.takeEvents().forEach(events::publishEvent);
    }

    private Owner owner(long ownerId) {
        return possibleOwners().stream().filter(m -> m.id() == ownerId).findFirst()
                .map(m -> new Owner(m.id(), m.displayName()))
                .orElseThrow(() -> new Refusal("ownerId", "learning.action.owner.notStaff"));
    }

    private static boolean maySee(StaffMember me, Action action) {
        return me.has(Role.COMPLAINTS_OFFICER) || me.has(Role.SENIOR_MANAGER) || owns(me, action);
    }

    private static boolean owns(StaffMember me, Action action) {
        return action.owner() != null && action.owner().id() == me.id();
    }

    private static AuditSubject subject(Action action) {
        return new AuditSubject("learning-action", String.valueOf(action.id()));
    }

    // ------------------------------------------------------------------ the Ombudsman's remedies

    @Transactional(readOnly = true)
    public List<OmbudsmanRemedy> remedies(CaseReference reference) {
        return repository.remediesOf(reference.value());
    }

    /** Every record's remedies, due soonest first, for the register's readers; {@code overdue}: only those not carried out past their due date. */
    @Transactional(readOnly = true)
    public List<OmbudsmanRemedy> remedies(boolean overdue) {
        requireReader();
        return repository.remedies(overdue, today());
    }

    /** Records a remedy the Ombudsman's decision about a record asked for; the decision must be recorded first. */
    public long askRemedy(CaseReference reference, RemedyKind kind, Money amount, String description, LocalDate dueOn) {
        requireOfficer();
        OmbudsmanRecord decided = ombudsman.find(reference).map(Ombudsman.Versioned::record)
                .filter(r -> !r.undecided() && r.decidedOn() != null)
                .orElseThrow(() -> Refusal.of("learning.remedy.noDecision"));
        OmbudsmanRemedy remedy = OmbudsmanRemedy.ask(reference.value(), decided.decidedOn(), kind, amount, description, dueOn);
        long id = repository.insertRemedy(remedy, clock.instant());
        OmbudsmanRemedy saved = repository.remedy(id).orElseThrow();
        audit.changed(remedySubject(saved), "recorded", "Ombudsman's remedy recorded for " + reference, null,
                Snapshots.of(saved));
        return id;
    }

    public void comply(long remedyId, int version, LocalDate on, String evidence) {
        requireOfficer();
        OmbudsmanRemedy remedy = repository.remedy(remedyId).orElseThrow(() -> Refusal.of("learning.remedy.notFound"));
        if (remedy.version() != version) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        Snapshots.RemedyState before = Snapshots.of(remedy);
        remedy.comply(on, evidence, today());
        if (!repository.updateRemedy(remedy, clock.instant())) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        audit.changed(remedySubject(remedy), "complied", "Ombudsman's remedy carried out", before, Snapshots.of(remedy));
        remedy.takeEvents().forEach(events::publishEvent);
    }

    /**
     * Changes what a remedy asks and by when, if it is still at the version the person saw, under the rules it was
     * recorded by (a payment with its amount, due on or after the decision); once carried out, its due date stays.
     */
    public void reviseRemedy(long remedyId, int version, RemedyKind kind, Money amount, String description,
                             LocalDate dueOn) {
        requireOfficer();
        OmbudsmanRemedy remedy = repository.remedy(remedyId).orElseThrow(() -> Refusal.of("learning.remedy.notFound"));
        if (remedy.version() != version) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        Snapshots.RemedyState before = Snapshots.of(remedy);
        remedy.revise(kind, amount, description, dueOn);
        if (!repository.updateRemedy(remedy, clock.instant())) {
            throw Refusal.of("learning.changedMeanwhile");
        }
        audit.changed(remedySubject(remedy), "changed", "Ombudsman's remedy changed", before, Snapshots.of(remedy));
    }

    private static AuditSubject remedySubject(OmbudsmanRemedy remedy) {
        return new AuditSubject("ombudsman-remedy", String.valueOf(remedy.id()));
    }

    // ------------------------------------------------------------------ what is due

    /**
     * Every open action and every remedy not yet carried out that is due on or before a day, earliest first: what
     * reminders and digests chase. Reads no person's access: the caller is a job, not a page.
     */
    @Transactional(readOnly = true)
    public List<OpenDeadline> dueBy(LocalDate day) {
        List<OpenDeadline> due = new ArrayList<>();
        for (Action a : repository.openActionsDueBy(day)) {
            due.add(new OpenDeadline("action", a.id(), a.what(), a.owner() == null ? null : a.owner().id(),
                    a.cases().isEmpty() ? null : a.cases().get(0), a.dueOn(), LearningPaths.action(a.id())));
        }
        for (OmbudsmanRemedy r : repository.openRemediesDueBy(day)) {
            due.add(new OpenDeadline("remedy", r.id(), r.kind().name(), null, r.reference(), r.dueOn(),
                    LearningPaths.remedies(r.reference())));
        }
        due.sort(Comparator.comparing(OpenDeadline::dueOn).thenComparing(OpenDeadline::kind).thenComparing(OpenDeadline::id));
        return due;
    }

    // ------------------------------------------------------------------ who may

    private StaffMember requireReader() {
        StaffMember me = currentUser.require();
        if (!me.has(Role.COMPLAINTS_OFFICER) && !me.has(Role.SENIOR_MANAGER)) {
            throw Refusal.of("learning.notAllowed");
        }
        return me;
    }

    private StaffMember requireOfficer() {
        StaffMember me = currentUser.require();
        if (!me.has(Role.COMPLAINTS_OFFICER)) {
            throw Refusal.of("learning.notAllowed");
        }
        return me;
    }

    private StaffMember requireManager() {
        StaffMember me = currentUser.require();
        if (!me.has(Role.COMPLAINTS_MANAGER)) {
            throw Refusal.of("learning.notAllowed");
        }
        return me;
    }

    /** Cases to link: each one already linked, or one the person may see (restricted ones read as unknown). */
    private void requireCases(List<String> cases, Collection<String> alreadyLinked) {
        if (cases.isEmpty()) {
            throw new Refusal("cases", "learning.cases.missing");
        }
        for (String reference : cases) {
            if (!alreadyLinked.contains(reference)) {
                requireCase(reference, "cases");
            }
        }
    }

    private void requireCase(String reference, String field) {
        if (!references.isTaken(reference) || restrictedCases.hidden(reference, "a link from the learning register")) {
            throw new Refusal(field, "learning.case.notFound", reference);
        }
    }

    /** The lesson's cases its editor may see, for the form that changes it: the others stay linked unseen. */
    @Transactional(readOnly = true)
    public List<String> casesShownToEdit(Lesson lesson) {
        var hidden = restrictedCases.hiddenAmong(lesson.cases(), "the form changing a lesson");
        return lesson.cases().stream().filter(reference -> !hidden.contains(reference)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
