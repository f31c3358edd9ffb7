package heard.privacy;

import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.of;

import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;

/**
 * The retention periods: complaints managers and administrators. The retention review, its approvals and legal
 * holds: complaints managers, who answer for erasure.
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
    }
}
