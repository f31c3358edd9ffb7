package heard.organisation;

import static heard.AuthorizationMatrix.SETTINGS;

import java.time.LocalDate;

import heard.AuthorizationMatrix;

/** The council, its service areas, teams and issue categories: settings. */
class OrganisationRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /settings/council").allow(SETTINGS);
        routes.route("POST /settings/council").allow(SETTINGS);
        routes.route("GET /settings/service-areas").allow(SETTINGS);
        routes.route("GET /settings/service-areas/new").allow(SETTINGS);
        routes.route("POST /settings/service-areas").allow(SETTINGS);
        routes.route("GET /settings/service-areas/{id}").at("/settings/service-areas/{serviceArea}", SETTINGS);
        routes.route("POST /settings/service-areas/{id}").at("/settings/service-areas/{serviceArea}", SETTINGS);
        routes.route("GET /settings/teams/new").allow(SETTINGS);
        routes.route("POST /settings/teams").allow(SETTINGS);
        routes.route("GET /settings/teams/{id}").at("/settings/teams/{team}", SETTINGS);
        routes.route("POST /settings/teams/{id}/rename").at("/settings/teams/{team}/rename", SETTINGS);
        routes.route("POST /settings/teams/{id}/close").at("/settings/teams/{team}/close", SETTINGS);
        routes.route("POST /settings/teams/{id}/reopen").at("/settings/teams/{team}/reopen", SETTINGS);
        routes.route("GET /settings/issue-categories").allow(SETTINGS);
        routes.route("POST /settings/issue-categories").allow(SETTINGS);
        routes.route("GET /settings/issue-categories/{id}").at("/settings/issue-categories/{issueCategory}", SETTINGS);
        routes.route("POST /settings/issue-categories/{id}").at("/settings/issue-categories/{issueCategory}", SETTINGS);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        OrganisationSettings settings = samples.bean(OrganisationSettings.class);
        ServiceArea area = settings.addServiceArea("Matrix area " + System.nanoTime());
        samples.put("serviceArea", area.id());
        samples.put("team", settings.addTeam(area.id(), "Matrix team " + System.nanoTime(), LocalDate.of(2020, 1, 1)).id());
        samples.put("issueCategory", settings.addIssueCategory("Matrix issue " + System.nanoTime()).id());
    }
}
