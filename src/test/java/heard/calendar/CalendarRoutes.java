package heard.calendar;

import static heard.AuthorizationMatrix.SETTINGS;

import heard.AuthorizationMatrix;

/** Bank holidays and closure days: a setting. */
class CalendarRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /settings/calendar").allow(SETTINGS);
        routes.route("POST /settings/calendar/bank-holidays").allow(SETTINGS);
        routes.route("POST /settings/calendar/closure-days").allow(SETTINGS);
        routes.route("POST /settings/calendar/closure-days/remove").allow(SETTINGS);
    }
}
