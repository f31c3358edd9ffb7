package heard.security;

import static heard.security.SecondFactorFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import heard.security.signin.SignInAgainBeforeExportingTheCaseLogTest;
import heard.testing.Authenticator;
import heard.testing.Browser;
import heard.testing.BrowserTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, every page of the second factor and of signing in again, as an administrator who is
 * also the complaints manager meets them: setting up the app, signing in with a code and with a
 * recovery code, their account page, the setting, and confirming who they are before the case log
 * export. Each page, and each with its errors, is checked by axe-core.
 */
@BrowserTest
class TheSecondFactorAndSignInAgainPagesInABrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void setsUpSignsInWithACodeAndARecoveryCodeAndConfirmsBeforeExporting() {
        CreatedAccount ada = accounts.create(new NewStaffAccount("ada.browser", "Ada Admin", null,
                Set.of(Role.ADMINISTRATOR, Role.COMPLAINTS_MANAGER), null, true));
        browser.at(port).open("/sign-in").fill("username", "ada.browser").fill("password", ada.oneTimePassword())
                .press("Sign in");
        browser.fill("currentPassword", ada.oneTimePassword()).fill("newPassword", PASSWORD)
                .fill("confirmPassword", PASSWORD).press("Change password");

        assertThat(browser.heading()).isEqualTo("Set up your authenticator app");
        assertThat(browser.driver().findElement(By.cssSelector("svg.heard-qr-code")).isDisplayed()).isTrue();
        browser.assertAccessible();
        browser.fill("code", "123").press("Continue");
        assertThat(browser.errorSummary()).singleElement().asString().startsWith("The code is not correct");
        browser.assertAccessible();
        String secret = browser.driver().findElement(By.id("secret")).getText();
        browser.fill("code", Authenticator.nextCode(secret, clock)).press("Continue");
        assertThat(browser.heading()).isEqualTo("Your recovery codes");
        browser.assertAccessible();
        List<String> recoveryCodes = browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10);
        browser.press("Continue");
        assertThat(browser.heading()).isEqualTo("What would you like to do?");

        browser.press("Sign out");
        browser.open("/sign-in").fill("username", "ada.browser").fill("password", PASSWORD).press("Sign in");
        assertThat(browser.heading()).isEqualTo("Enter the code from your authenticator app");
        browser.assertAccessible();
        browser.press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Enter the code from your authenticator app");
        browser.assertAccessible();
        browser.fill("code", Authenticator.nextCode(secret, clock)).press("Continue");
        assertThat(browser.heading()).isEqualTo("What would you like to do?");

        browser.press("Sign out");
        browser.open("/sign-in").fill("username", "ada.browser").fill("password", PASSWORD).press("Sign in");
        browser.follow("I do not have my phone: use a recovery code");
        assertThat(browser.heading()).isEqualTo("Enter a recovery code");
        browser.assertAccessible();
        browser.fill("code", "wrong-codes").press("Continue");
        assertThat(browser.errorSummary()).containsExactly("The recovery code is not correct or has already been used");
        browser.assertAccessible();
        browser.fill("code", recoveryCodes.get(0)).press("Continue");
        assertThat(browser.text()).contains("You have 9 recovery codes left");
        browser.assertAccessible();

        browser.open("/account");
        assertThat(browser.heading()).isEqualTo("Your account");
        assertThat(browser.text()).contains("9 left");
        browser.assertAccessible();
        browser.open("/settings/second-factor");
        assertThat(browser.heading()).isEqualTo("Second factor");
        browser.assertAccessible();
        browser.open("/settings/accounts").follow("Ada Admin");
        assertThat(browser.text()).contains("Second factor", "Set up on");
        browser.assertAccessible();

        clock.advance(SignInAgainBeforeExportingTheCaseLogTest.LONGER_THAN_ALLOWED);
        browser.open("/case-log/export");
        assertThat(browser.heading()).isEqualTo("Confirm it is you");
        browser.assertAccessible();
        browser.press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Enter your password", "Enter the code from your authenticator app");
        browser.assertAccessible();
        browser.fill("password", PASSWORD).fill("code", Authenticator.nextCode(secret, clock)).press("Continue");
        assertThat(browser.path()).isEqualTo("/case-log/export");
        assertThat(browser.heading()).isEqualTo("Export the case log");
    }
}
