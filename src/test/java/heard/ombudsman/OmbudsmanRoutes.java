package heard.ombudsman;

import static heard.AuthorizationMatrix.OFFICERS;

import heard.AuthorizationMatrix;

/** The Ombudsman's cases: complaints officers' work. */
class OmbudsmanRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /ombudsman").allow(OFFICERS);
        routes.route("GET /ombudsman/{reference}").at("/ombudsman/{stageOneCase}", OFFICERS);
        routes.route("POST /ombudsman/{reference}").at("/ombudsman/{stageOneCase}", OFFICERS);
    }
}
