package heard.publicform;

import static heard.AuthorizationMatrix.EVERYONE;
import static heard.AuthorizationMatrix.OFFICERS;
import static heard.AuthorizationMatrix.SETTINGS;

import heard.AuthorizationMatrix;
import org.springframework.context.ApplicationContext;

/**
 * The public form, for anyone signed in or not; what the public sent, and the files they sent with it,
 * for complaints officers only; the form's settings for those who keep settings.
 */
class PublicFormRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /feedback").allow(EVERYONE);
        routes.route("GET /feedback/young-people").allow(EVERYONE);
        for (String start : new String[] {"/feedback", "/feedback/young-people"}) {
            routes.route("GET " + start + "/{kind}").at(start + "/complaint", EVERYONE);
            routes.route("GET " + start + "/{kind}/{question}").at(start + "/complaint/what", EVERYONE);
            routes.route("POST " + start + "/{kind}/{question}").at(start + "/complaint/what", EVERYONE);
            routes.route("GET " + start + "/{kind}/check").at(start + "/complaint/check", EVERYONE);
            routes.route("POST " + start + "/{kind}/check").at(start + "/complaint/check", EVERYONE);
            routes.route("GET " + start + "/{kind}/sent").at(start + "/complaint/sent", EVERYONE);
        }
        routes.route("GET /from-the-public").allow(OFFICERS);
        routes.route("GET /from-the-public/{reference}").at("/from-the-public/{submission}", OFFICERS);
        routes.route("POST /from-the-public/{reference}").at("/from-the-public/{submission}", OFFICERS);
        routes.route("GET /from-the-public/{reference}/files/{storedName}")
                .at("/from-the-public/{submission}/files/{submissionFile}", OFFICERS);
        routes.route("GET /settings/public-form").allow(SETTINGS);
        routes.route("POST /settings/public-form").allow(SETTINGS);
    }

    /** A compliment sent on the form with a letter. */
    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        ASubmissionWithAFile sent = ASubmissionWithAFile.sent(samples.bean(ApplicationContext.class));
        samples.put("submission", sent.reference());
        samples.put("submissionFile", sent.storedName());
    }
}
