package heard.audit;

import static heard.AuthorizationMatrix.SETTINGS;

import heard.AuthorizationMatrix;

/** The audit trail: complaints managers and administrators. */
class AuditRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /audit").allow(SETTINGS);
    }
}
