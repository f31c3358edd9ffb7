package heard.learning;

import heard.testing.Visitor;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The figures of 2026/27 as any member of staff gets them, for a scenario to compare before and after: tests that
 * share a context share its database, so a scenario checks what it added to the counts.
 */
final class Figures2026 {

    private Figures2026() {
    }

    static JsonNode now(MockMvc mvc, JsonMapper json) throws Exception {
        Visitor staff = new Visitor(mvc, user("figures-reader").roles("SENIOR_MANAGER"));
        return json.readTree(staff.get("/reports/figures.json", "from", "2026-04-01", "to", "2027-03-31").getResponse()
                .getContentAsString());
    }

    static long added(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }
}
