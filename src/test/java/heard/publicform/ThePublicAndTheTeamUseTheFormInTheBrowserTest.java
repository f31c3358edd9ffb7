package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import heard.organisation.OrganisationSettings;
import heard.organisation.ServiceArea;
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
 * In Chromium, every page checked by axe-core: a parent complains with a letter attached, a child
 * complains in the children and young people's version; a complaints officer logs the parent's as a
 * statutory complaint, whose Stage 1 is then due ten working days after it was sent, and marks the
 * other as spam.
 */
@BrowserTest
class ThePublicAndTheTeamUseTheFormInTheBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    OrganisationSettings settings;
    @Autowired
    TestClock clock;

    @Test
    void theJourneysTheChildrensVersionAndTheInbox() throws Exception {
        clock.setDate(LocalDate.of(2026, 3, 2));
        ServiceArea fostering = settings.addServiceArea("Fostering");
        CreatedAccount officer = accounts.create(new NewStaffAccount("ola.inbox", "Ola Inbox", null,
                Set.of(Role.COMPLAINTS_OFFICER), null, true));
        Path letter = Files.createTempFile("letter", ".pdf");
        Files.write(letter, PublicFormFixtures.aPdf());

        browser.at(port).open("/feedback").assertAccessible().press("Make a complaint");
        assertThat(browser.heading()).isEqualTo("Who are you?");
        browser.assertAccessible().press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Select who you are");
        browser.assertAccessible().choose("writer-2").press("Continue");
        browser.assertAccessible().fill("childName", "Sam Child").press("Continue");
        browser.assertAccessible().choose("childAgrees").press("Continue");
        browser.assertAccessible();
        chooseValue(String.valueOf(fostering.id()));
        browser.press("Continue");
        browser.assertAccessible().fill("whatHappened", "Nobody returned my calls for six weeks.").press("Continue");
        browser.assertAccessible().fill("putRight", "An apology and a plan").press("Continue");
        assertThat(browser.heading()).isEqualTo("Add letters, photos or documents (optional)");
        browser.assertAccessible();
        browser.driver().findElement(By.id("files")).sendKeys(letter.toString());
        browser.press("Add the files chosen");
        assertThat(browser.text()).contains(letter.getFileName().toString());
        browser.assertAccessible().press("Continue");
        browser.assertAccessible().fill("fromName", "Pat Parent").press("Continue");
        browser.assertAccessible().choose("replyBy").press("Continue");
        browser.assertAccessible().fill("email", "pat@").press("Continue");
        assertThat(browser.errorSummary()).containsExactly("Enter an email address in the correct format, like name@example.com");
        browser.assertAccessible().fill("email", "pat@example.org").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        browser.assertAccessible().press("Send");
        String parents = browser.driver().findElement(By.id("reference")).getText();
        assertThat(parents).matches("WEB-2026-\\d{5}");
        assertThat(browser.text()).contains("by 5 March 2026", "Local Government and Social Care Ombudsman");
        browser.assertAccessible();

        browser.open("/feedback").follow("A version for children and young people, in easy words");
        browser.assertAccessible().press("Something is wrong");
        browser.assertAccessible().choose("writer").press("Next");
        assertThat(browser.heading()).isEqualTo("Would you like an advocate?");
        browser.assertAccessible().choose("advocate").press("Next");
        chooseValue(Question.NOT_SURE);
        browser.press("Next");
        browser.assertAccessible().press("Next");
        assertThat(browser.errorSummary()).containsExactly("Tell us what is wrong");
        browser.assertAccessible().fill("whatHappened", "Buy cheap watches").press("Next");
        browser.assertAccessible().fill("putRight", "Buy them").press("Next");
        browser.assertAccessible().press("Next");
        browser.assertAccessible().fill("fromName", "Spam Bot").press("Next");
        browser.assertAccessible().choose("replyBy-2").press("Next");
        browser.assertAccessible().fill("phone", "07700 900982").press("Next");
        assertThat(browser.heading()).isEqualTo("Check what you told us");
        browser.assertAccessible().press("Send it");
        String childs = browser.driver().findElement(By.id("reference")).getText();
        browser.assertAccessible();

        browser.open("/sign-in");
        browser.fill("username", "ola.inbox").fill("password", officer.oneTimePassword()).press("Sign in");
        browser.fill("currentPassword", officer.oneTimePassword()).fill("newPassword", "amber kettle lantern orchard")
                .fill("confirmPassword", "amber kettle lantern orchard").press("Change password");
        browser.open("/").follow("New from the public");
        assertThat(browser.text()).contains(parents, childs);
        browser.assertAccessible().follow(parents);
        assertThat(browser.text()).contains("Nobody returned my calls for six weeks.", "letter");
        browser.assertAccessible().press("Save and continue");
        assertThat(browser.errorSummary()).containsExactly("Select what it is");
        browser.assertAccessible().choose("decision").press("Save and continue");
        assertThat(browser.heading()).isEqualTo("Log a complaint or representation");
        assertThat(browser.text()).contains("Made on the council's website, " + parents);
        browser.assertAccessible();
        chooseValue("NOT_OFFERED");
        browser.press("Continue");
        browser.assertAccessible().press("Log the complaint");
        assertThat(browser.text()).contains("Pat Parent", "Monday 16 March 2026", "Sent on the council's website as " + parents);
        browser.assertAccessible();

        browser.open("/from-the-public/" + childs);
        chooseValue("NOT_FOR_HEARD");
        browser.choose("reason").fill("note", "Advertising").press("Save and continue");
        assertThat(browser.text()).contains(childs + " is marked not for Heard.");
        browser.assertAccessible();
        browser.follow(childs);
        assertThat(browser.text()).contains("Not for Heard", "Spam or abuse: Advertising");
        browser.assertAccessible();
    }

    @Test
    void aComplimentNamingAMemberOfStaffAndACommentAnsweredByPhone() {
        clock.setDate(LocalDate.of(2026, 3, 4));
        ServiceArea adoption = settings.addServiceArea("Adoption");

        browser.at(port).open("/feedback").assertAccessible().press("Pay a compliment");
        browser.assertAccessible().choose("writer-2").press("Continue");
        assertThat(browser.heading()).isEqualTo("Which service is it about?");
        chooseValue(String.valueOf(adoption.id()));
        browser.press("Continue");
        assertThat(browser.heading()).isEqualTo("What would you like to say?");
        browser.assertAccessible().fill("whatHappened", "Our social worker kept every promise.").press("Continue");
        assertThat(browser.heading()).isEqualTo("Would you like to name a member of staff or a team?");
        browser.assertAccessible().fill("staffNamed", "Jo in the adoption team").press("Continue");
        browser.assertAccessible().press("Continue");
        browser.assertAccessible().fill("fromName", "Ash Adopter").press("Continue");
        assertThat(browser.heading()).isEqualTo("How should we reply to you?");
        browser.assertAccessible().choose("replyBy-4").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        assertThat(browser.text()).contains("Jo in the adoption team", "I do not need a reply");
        browser.assertAccessible().press("Send");
        assertThat(browser.driver().findElement(By.id("reference")).getText()).matches("WEB-2026-\\d{5}");
        browser.assertAccessible();

        browser.open("/feedback").press("Make a comment or suggestion");
        browser.assertAccessible().choose("writer-3").press("Continue");
        chooseValue(String.valueOf(adoption.id()));
        browser.press("Continue");
        browser.assertAccessible().fill("whatHappened", "Evening meetings would help working carers.").press("Continue");
        browser.assertAccessible().press("Continue");
        browser.assertAccessible().fill("fromName", "Fran Carer").press("Continue");
        browser.assertAccessible().choose("replyBy-2").press("Continue");
        browser.assertAccessible().fill("phone", "07700 900123").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        assertThat(browser.text()).contains("07700 900123");
        browser.assertAccessible().press("Send");
        assertThat(browser.driver().findElement(By.id("reference")).getText()).matches("WEB-2026-\\d{5}");
        browser.assertAccessible();
    }

    /** Chooses the radio with this value: an answer whose position on the page depends on the council's settings. */
    private static void chooseValue(String value) {
        browser.driver().findElement(By.cssSelector("input[type=radio][value='" + value + "']")).click();
    }
}
