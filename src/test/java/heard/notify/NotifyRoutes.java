package heard.notify;

import static heard.AuthorizationMatrix.OFFICERS;
import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.STAFF;
import static heard.AuthorizationMatrix.and;
import static heard.AuthorizationMatrix.of;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;
import heard.casework.CaseReference;
import heard.casework.CasesAtEveryStep;
import heard.casework.Casework;
import heard.notify.outbox.MessageChannel;
import heard.notify.outbox.MessageKind;
import heard.notify.outbox.Outbox;
import heard.notify.outbox.OutgoingMessage;
import heard.notify.outbox.Recipient;
import heard.notify.templates.TemplateKey;

/**
 * Notify's pages: its settings and templates are the complaints manager's and the administrator's; writing to
 * a complainant is a complaints officer's; a letter kept on a case is for whoever may see the case (here a
 * young person's Stage 1 case, allocated to the responding manager); what Heard sent a person is theirs.
 */
class NotifyRoutes implements AuthorizationMatrix.Section {

    private static final Set<Who> CASE_READERS = and(OFFICERS, of(Who.RESPONDING_MANAGER, Who.CHILDRENS_RIGHTS_OFFICER));

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /settings/notifications").allow(SETTINGS);
        routes.route("POST /settings/notifications").allow(SETTINGS);
        routes.route("GET /settings/notifications/not-sent").allow(SETTINGS);
        routes.route("POST /settings/notifications/not-sent/{id}/retry").at("/settings/notifications/not-sent/1/retry", SETTINGS);
        routes.route("GET /settings/templates").allow(SETTINGS);
        routes.route("GET /settings/templates/{slug}").at("/settings/templates/closure", SETTINGS);
        routes.route("POST /settings/templates/{slug}").at("/settings/templates/closure", SETTINGS);
        routes.route("POST /settings/templates/{slug}/reset").at("/settings/templates/closure", SETTINGS);
        routes.route("GET /notifications").allow(STAFF);
        routes.route("POST /notifications/preferences").allow(STAFF);
        routes.route("GET /cases/{reference}/correspondence/new").at("/cases/{notifyCase}/correspondence/new", OFFICERS);
        routes.route("POST /cases/{reference}/correspondence/new").at("/cases/{notifyCase}/correspondence/new", OFFICERS);
        routes.route("GET /cases/{reference}/correspondence/preview")
                .at("/cases/{notifyCase}/correspondence/preview?template=closure", OFFICERS);
        routes.route("POST /cases/{reference}/correspondence").at("/cases/{notifyCase}/correspondence", OFFICERS);
        routes.route("GET /cases/{reference}/correspondence/{id}")
                .at("/cases/{notifyCase}/correspondence/{notifyLetter}", CASE_READERS);
        routes.route("GET /cases/{reference}/correspondence/{id}/letter.pdf")
                .at("/cases/{notifyCase}/correspondence/{notifyLetter}/letter.pdf", CASE_READERS);
        routes.route("GET /cases/{reference}/correspondence/{id}/letter.docx")
                .at("/cases/{notifyCase}/correspondence/{notifyLetter}/letter.docx", CASE_READERS);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        CasesAtEveryStep cases = new CasesAtEveryStep(samples.bean(Casework.class), samples.bean(Clock.class),
                samples.staff(Who.COMPLAINTS_MANAGER).username());
        CasesAtEveryStep.People people = new CasesAtEveryStep.People(samples.staff(Who.RESPONDING_MANAGER).id(),
                samples.staff(Who.INVESTIGATOR).id(), samples.staff(Who.INVESTIGATOR).id(), samples.staff(Who.SENIOR_MANAGER).id());
        CaseReference ref = cases.stageOne(CasesAtEveryStep.About.aYoungPerson(), people);
        Outbox outbox = samples.bean(Outbox.class);
        String key = "matrix|" + UUID.randomUUID();
        outbox.queue(new OutgoingMessage(key, null, MessageKind.CORRESPONDENCE, MessageChannel.LETTER, ref.value(),
                TemplateKey.CLOSURE.name(), new Recipient("Sam", null, "1 High Street", null), "Your complaint is closed",
                "Dear Sam", "Olive Officer"), samples.bean(Clock.class).instant());
        samples.put("notifyCase", ref.value());
        samples.put("notifyLetter", outbox.idOf(key));
    }
}
