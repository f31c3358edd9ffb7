package heard.web;

import static heard.AuthorizationMatrix.EVERYONE;
import static heard.AuthorizationMatrix.NOBODY;
import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.STAFF;

import heard.AuthorizationMatrix;

/** The home page, the Settings task list, the error page and the health check. */
class WebRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /").allow(EVERYONE)
                .because("staff see their home page; anyone else is sent on to the public start page, /feedback");
        routes.route("GET /settings").allow(SETTINGS).because("only those with a setting to keep have the page");
        routes.route("ANY /error").allow(EVERYONE).because("the page every refusal and failure is shown on");
        routes.route("GET /actuator/health").allow(EVERYONE).because("the load balancer's check: up or down, no details");
        routes.route("GET /actuator/health/**").at("/actuator/health/ping", NOBODY).because("no component's health is shown");
        routes.route("GET /actuator").allow(STAFF).because("lists the health check's address and nothing more");
    }
}
