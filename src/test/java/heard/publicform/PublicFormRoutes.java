package heard.publicform;

import static heard.AuthorizationMatrix.EVERYONE;

import heard.AuthorizationMatrix;

/** The public form: for anyone, signed in or not. */
class PublicFormRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /feedback").allow(EVERYONE);
    }
}
