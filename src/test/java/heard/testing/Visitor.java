package heard.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

    public MvcResult get(String path, String... params) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), params);
    }

    public MvcResult post(String path, String... params) throws Exception {
        return perform(MockMvcRequestBuilders.post(path).with(csrf()), params);
    }

    public MvcResult perform(MockHttpServletRequestBuilder request, String... params) throws Exception {
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

    public static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
