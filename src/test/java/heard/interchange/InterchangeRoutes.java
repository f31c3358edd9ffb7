package heard.interchange;

import static heard.AuthorizationMatrix.CASE_ROLES;
import static heard.AuthorizationMatrix.SETTINGS;
import static heard.AuthorizationMatrix.of;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import heard.AuthorizationMatrix;
import heard.AuthorizationMatrix.Who;
import heard.interchange.jobs.ImportJobs;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.ImportOptions;

/**
 * The case log: complaints managers import and export it (the export after confirming who they are);
 * administrators follow an import they started by loading the sample data, which only they may load. Whoever
 * sees cases downloads the case list's.
 */
class InterchangeRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        Set<Who> managers = of(Who.COMPLAINTS_MANAGER);
        routes.route("GET /case-log").allow(managers);
        routes.route("GET /case-log/import").allow(managers);
        routes.route("POST /case-log/import").allow(managers);
        routes.route("GET /case-log/import/{id}").at("/case-log/import/{importJob}", SETTINGS);
        routes.route("GET /case-log/import/{id}/progress").at("/case-log/import/{importJob}/progress", SETTINGS);
        routes.route("GET /case-log/import/{id}/problems.csv").at("/case-log/import/{importJob}/problems.csv", managers);
        routes.route("POST /case-log/import/{id}/confirm").at("/case-log/import/{importJob}/confirm", managers);
        routes.route("POST /case-log/import/{id}/cancel").at("/case-log/import/{importJob}/cancel", managers);
        routes.route("GET /case-log/export").allow(managers);
        routes.route("POST /case-log/export").allow(managers);
        routes.route("GET /cases/export").allow(CASE_ROLES)
                .because("the case list's own cases, as the list shows them to each (after confirming who they are)");
        routes.route("GET /settings/sample-data").allow(of(Who.ADMINISTRATOR));
        routes.route("POST /settings/sample-data").allow(of(Who.ADMINISTRATOR));
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) throws Exception {
        byte[] file = "record_type\n".getBytes(StandardCharsets.UTF_8);
        samples.put("importJob", samples.bean(ImportJobs.class).submit("matrix.csv", CaseLogFormat.CSV, file.length,
                new ByteArrayInputStream(file), new ImportOptions(false, false, false), false,
                samples.staff(Who.COMPLAINTS_MANAGER).username()));
    }
}
