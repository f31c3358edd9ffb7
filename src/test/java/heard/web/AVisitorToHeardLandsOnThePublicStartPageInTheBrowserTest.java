package heard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import heard.security.CreatedAccount;
import heard.security.NewStaffAccount;
import heard.security.Role;
import heard.security.StaffAccounts;
import heard.testing.Browser;
import heard.testing.BrowserTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone who types the council's Heard address is most likely a child, a parent or a carer: they land on the
 * public start page, without the staff beta banner; staff find a quiet link to sign in, and once signed in
 * Heard's address is their home page again.
 */
@BrowserTest
class AVisitorToHeardLandsOnThePublicStartPageInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void theAddressItselfOpensThePublicStartPageWhichLinksQuietlyToTheStaffSignIn() {
        CreatedAccount manager = accounts.create(new NewStaffAccount("maya.manager", "Maya Manager", null,
                Set.of(Role.COMPLAINTS_MANAGER), null, true));

        browser.at(port).open("/");
        assertThat(browser.path()).isEqualTo("/feedback");
        assertThat(browser.heading()).isEqualTo("Make a complaint, compliment or comment about children's services");
        assertThat(phaseBanners()).isZero();
        browser.assertAccessible();

        browser.follow("Staff sign in");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(phaseBanners()).isZero();
        assertThat(browser.driver().findElements(By.linkText("Staff sign in"))).isEmpty();

        browser.fill("username", "maya.manager").fill("password", manager.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", manager.oneTimePassword()).fill("newPassword", "violet tractor pencil harbour")
                .fill("confirmPassword", "violet tractor pencil harbour").press("Change password");
        browser.setUpSecondFactor(clock);

        browser.open("/");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(phaseBanners()).isOne();
        assertThat(browser.driver().findElements(By.linkText("Staff sign in"))).isEmpty();
        browser.assertAccessible();
    }

    private int phaseBanners() {
        return browser.driver().findElements(By.cssSelector(".govuk-phase-banner")).size();
    }
}
