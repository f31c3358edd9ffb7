package heard.security;

import static heard.AuthorizationMatrix.EVERYONE;
import static heard.AuthorizationMatrix.STAFF;
import static heard.AuthorizationMatrix.of;

import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;

/**
 * Signing in and one's own account (everyone signed in: each page acts on the person's own account only),
 * and the accounts and second-factor settings (administrators). The steps of signing in answer a person
 * who has finished them by sending them on, which is an allow here.
 */
class SecurityRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /sign-in").allow(EVERYONE);
        routes.route("GET /sign-in/code").allow(STAFF);
        routes.route("POST /sign-in/code").allow(STAFF);
        routes.route("GET /sign-in/recovery-code").allow(STAFF);
        routes.route("POST /sign-in/recovery-code").allow(STAFF);
        for (String own : new String[] {"/account", "/account/confirm", "/account/password",
            "/account/second-factor/recovery-codes", "/account/second-factor/set-up"}) {
            routes.route("GET " + own).allow(STAFF);
        }
        routes.route("GET /account/confirm/council").allow(STAFF).because("a council account signs in again at its provider");
        for (String own : new String[] {"/account/confirm", "/account/password", "/account/second-factor/recovery-codes",
            "/account/second-factor/set-up", "/account/second-factor/turn-off", "/account/sessions/end-others"}) {
            routes.route("POST " + own).allow(STAFF);
        }
        Set<Who> administrators = of(Who.ADMINISTRATOR);
        routes.route("GET /settings/accounts").allow(administrators);
        routes.route("GET /settings/accounts/new").allow(administrators);
        routes.route("POST /settings/accounts").allow(administrators);
        routes.route("GET /settings/accounts/{id}").at("/settings/accounts/{account}", administrators);
        for (String action : new String[] {"", "/reset-password", "/reset-second-factor", "/end-sessions"}) {
            routes.route("POST /settings/accounts/{id}" + action).at("/settings/accounts/{account}" + action, administrators);
        }
        routes.route("GET /settings/second-factor").allow(administrators);
        routes.route("POST /settings/second-factor").allow(administrators);
    }

    /** An account the administrator's pages act on, which the matrix never signs in as. */
    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        samples.put("account", samples.bean(StaffAccounts.class).create(new NewStaffAccount("matrix-subject-" + System.nanoTime(),
                "Matrix Subject", null, Set.of(Role.RESPONDING_MANAGER), null, true)).member().id());
    }
}
