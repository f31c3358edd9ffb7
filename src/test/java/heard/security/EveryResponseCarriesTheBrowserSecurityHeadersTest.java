package heard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import heard.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The headers that keep a browser from framing, sniffing, caching or leaking Heard's pages (ASVS 3.4, 14.3).
 * Over HTTPS, as Heard is served: Spring Security sends HSTS and Clear-Site-Data only on secure requests.
 */
@DatabaseTest
@AutoConfigureMockMvc
class EveryResponseCarriesTheBrowserSecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStaffPageIsNeitherFramedSniffedCachedNorNamedToOtherSites() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/account").secure(true)
                .with(user("olive").roles("COMPLAINTS_OFFICER"))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void signingOutTellsTheBrowserToClearWhatItKept() throws Exception {
        MockHttpServletResponse signedOut = mvc.perform(post("/sign-out").secure(true)
                .with(user("olive").roles("COMPLAINTS_OFFICER")).with(csrf())).andReturn().getResponse();

        assertThat(signedOut.getRedirectedUrl()).isEqualTo("/sign-in?signed-out");
        assertThat(signedOut.getHeader("Clear-Site-Data")).contains("\"cache\"", "\"storage\"");
    }
}
