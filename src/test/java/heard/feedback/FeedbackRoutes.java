package heard.feedback;

import static heard.AuthorizationMatrix.OFFICERS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import heard.AuthorizationMatrix;
import heard.casework.Channel;

/** Compliments, comments and member enquiries: complaints officers' work. */
class FeedbackRoutes implements AuthorizationMatrix.Section {

    @Override
    public void routes(AuthorizationMatrix.Routes routes) {
        routes.route("GET /compliments").allow(OFFICERS);
        routes.route("GET /compliments/new").allow(OFFICERS);
        routes.route("POST /compliments/new").allow(OFFICERS);
        routes.route("GET /compliments/{reference}").at("/compliments/{compliment}", OFFICERS);
        routes.route("GET /compliments/{reference}/details").at("/compliments/{compliment}/details", OFFICERS);
        routes.route("POST /compliments/{reference}/details").at("/compliments/{compliment}/details", OFFICERS);
        routes.route("POST /compliments/{reference}/answer").at("/compliments/{compliment}/answer", OFFICERS);
        routes.route("POST /compliments/{reference}/quote").at("/compliments/{compliment}/quote", OFFICERS);
    }

    @Override
    public void prepare(AuthorizationMatrix.Samples samples) {
        LocalDate today = LocalDate.now(samples.bean(Clock.class));
        samples.put("compliment", samples.bean(Feedbacks.class).log(FeedbackType.COMPLIMENT, today.minusDays(1), Channel.EMAIL,
                null, null, null, null, null, List.of(), "Thank you"));
    }
}
