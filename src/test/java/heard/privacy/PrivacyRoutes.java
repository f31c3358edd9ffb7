package heard.privacy;

import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.of;

import java.time.LocalDate;
import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;
import heard.casework.PersonSought;
import heard.testing.SignedIn;

/**
 * The retention periods: complaints managers and administrators. The retention review, its approvals, legal
 * holds and subject access and erasure requests: complaints managers, who answer for them.
 */
class PrivacyRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /settings/retention").allow(SETTINGS);
        routes.route("POST /settings/retention").allow(SETTINGS);
        Set<Who> managers = of(Who.COMPLAINTS_MANAGER);
        routes.route("GET /privacy/retention").allow(managers);
        routes.route("POST /privacy/retention/review").allow(managers);
        routes.route("POST /privacy/retention/erase").allow(managers);
        routes.route("POST /privacy/holds").allow(managers);
        routes.route("POST /privacy/holds/release").allow(managers);
        routes.route("GET /privacy/requests").allow(managers);
        routes.route("GET /privacy/requests/new").allow(managers);
        routes.route("POST /privacy/requests/new").allow(managers);
        routes.route("GET /privacy/requests/{id}").at("/privacy/requests/{subjectAccessRequest}", managers);
        // A manager who gave their password at sign-in long ago is sent to give it again: not a refusal of who they are.
        routes.route("GET /privacy/requests/{id}/bundle.pdf").at("/privacy/requests/{subjectAccessRequest}/bundle.pdf", managers);
        routes.route("GET /privacy/requests/{id}/bundle.json").at("/privacy/requests/{subjectAccessRequest}/bundle.json", managers);
        routes.route("POST /privacy/requests/{id}/erase").at("/privacy/requests/{subjectAccessRequest}/erase", managers);
        routes.route("POST /privacy/requests/{id}/answered").at("/privacy/requests/{subjectAccessRequest}/answered", managers);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        // A person no record names, so that the calls erase nothing.
        long request = SignedIn.as(samples.staff(Who.COMPLAINTS_MANAGER).username(),
                () -> samples.bean(SubjectAccessRequests.class).log(new SubjectAccessRequests.NewRequest(
                        SubjectAccessRequests.Kind.ERASURE, new PersonSought("Matrix Nobody", null, null, null),
                        LocalDate.of(2025, 6, 2))));
        samples.put("subjectAccessRequest", request);
    }
}
