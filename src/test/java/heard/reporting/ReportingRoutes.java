package heard.reporting;

import static heard.AuthorizationMatrix.REPORT_READERS;
import static heard.AuthorizationMatrix.of;

import java.time.LocalDate;
import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;
import heard.testing.SignedIn;

/**
 * Reports, the dashboard, the figures and the records behind them: complaints officers and managers and
 * senior managers. The words of a report and reporting's settings: complaints managers.
 */
class ReportingRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /dashboard").allow(REPORT_READERS);
        routes.route("GET /reports").allow(REPORT_READERS);
        routes.route("GET /reports/period").allow(REPORT_READERS);
        for (String kind : new String[] {"annual", "quarterly", "monthly"}) {
            routes.route("GET /reports/" + kind).allow(REPORT_READERS);
            routes.route("GET /reports/" + kind + ".pdf").allow(REPORT_READERS);
            routes.route("GET /reports/" + kind + ".docx").allow(REPORT_READERS);
            routes.route("GET /reports/" + kind + ".zip").allow(REPORT_READERS);
        }
        routes.route("GET /reports/compare").allow(REPORT_READERS);
        routes.route("POST /reports/compare").allow(REPORT_READERS);
        routes.route("GET /reports/figures.json").allow(REPORT_READERS);
        routes.route("GET /reports/records")
                .at("/reports/records?measure=stage-received&from=2024-04-01&to=2025-03-31", REPORT_READERS);
        Set<Who> managers = of(Who.COMPLAINTS_MANAGER);
        routes.route("GET /reports/narrative").allow(managers);
        routes.route("POST /reports/narrative").allow(managers);
        routes.route("GET /settings/reporting").allow(managers);
        routes.route("POST /settings/reporting").allow(managers);
        routes.route("GET /settings/reporting/history").allow(managers);
        routes.route("GET /settings/reporting/history/new").allow(managers);
        routes.route("POST /settings/reporting/history").allow(managers);
        routes.route("GET /settings/reporting/history/{id}").at("/settings/reporting/history/{historicalYear}", managers);
        routes.route("POST /settings/reporting/history/{id}").at("/settings/reporting/history/{historicalYear}", managers);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2011, 4, 1), LocalDate.of(2012, 3, 31));
        HistoricalYear year = SignedIn.as(samples.staff(Who.COMPLAINTS_MANAGER).username(),
                () -> samples.bean(HistoricalYears.class).save(new HistoricalYear(null, "2011/12", period, 50, 5, 1, null,
                        null, null, null, null, null, null, 0)));
        samples.put("historicalYear", year.id());
    }
}
