package heard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import heard.security.StaffMember;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A person using Heard through MockMvc, keeping cookies between requests as a browser does (the
 * session lives in the database, found by its cookie, so a MockHttpSession would not do).
 */
public final class Visitor {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private RequestPostProcessor user;

    public Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * A visitor who is someone on every request, without signing in ({@code user("olive").roles(...)}):
     * for a page that needs only roles, not a staff account.
     */
    public Visitor(MockMvc mvc, RequestPostProcessor user) {
        this.mvc = mvc;
        this.user = user;
    }

    /** A visitor already signed in as this member of staff, with their roles. */
    public static Visitor signedInAs(MockMvc mvc, StaffMember member) {
        return new Visitor(mvc, user(member.username()).authorities(member.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    public MvcResult get(String path, String... params) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), params);
    }

    public MvcResult post(String path, String... params) throws Exception {
        return perform(MockMvcRequestBuilders.post(path).with(csrf()), params);
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String... params) throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        if (user != null) {
            request.with(user);
        }
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    /** Signs in with a Heard password; returns where Heard sent the person next. */
    public String signIn(String username, String password) throws Exception {
        return post("/sign-in", "username", username, "password", password).getResponse().getRedirectedUrl();
    }

    /**
     * Sets up an authenticator app, as a person asked to at sign-in (or choosing to) does: reads the
     * key from the set-up page and gives the app's code. Returns the key, for the codes of later sign-ins.
     */
    public String setUpSecondFactor(TestClock clock) throws Exception {
        String secret = page(get("/account/second-factor/set-up")).select("#secret").text();
        MvcResult done = post("/account/second-factor/set-up", "code", Authenticator.nextCode(secret, clock));
        if (!"/account/second-factor/recovery-codes".equals(done.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("Setting up a second factor did not work: " + done.getResponse().getContentAsString());
        }
        return secret;
    }

    /** Signs in with a Heard password and the code of the second factor whose key this is; returns where Heard sent the person. */
    public String signIn(String username, String password, String secondFactorKey, TestClock clock) throws Exception {
        signIn(username, password);
        return post("/sign-in/code", "code", Authenticator.nextCode(secondFactorKey, clock)).getResponse().getRedirectedUrl();
    }

    /** The links in the table of a list page (its records' references), once the page has answered 200. */
    public List<String> listed(String path) throws Exception {
        MvcResult result = get(path);
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return page(result).select("tbody a").eachText();
    }

    public static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
