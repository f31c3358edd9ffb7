package heard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An email address is refused where it is recorded when GOV.UK Notify would refuse to send to it. */
class EmailAddressesAreThoseNotifyAcceptsTest {

    @Test
    void ordinaryAddressesAreAccepted() {
        assertThat(EmailAddress.valid("pat.parent@example.org")).isTrue();
        assertThat(EmailAddress.valid("o'neill+complaints@council.gov.uk")).isTrue();
        assertThat(EmailAddress.parse("  sam@example.co.uk ")).map(EmailAddress::value).contains("sam@example.co.uk");
    }

    @Test
    void addressesNotifyWouldRefuseAreRefused() {
        assertThat(EmailAddress.valid("pat.parent@example")).as("no dot in the domain").isFalse();
        assertThat(EmailAddress.valid("pat parent@example.org")).as("a space").isFalse();
        assertThat(EmailAddress.valid("pat..parent@example.org")).as("two dots").isFalse();
        assertThat(EmailAddress.valid("pat@-example.org")).as("a label starting with a hyphen").isFalse();
        assertThat(EmailAddress.valid("pat@example.123")).as("a numeric top-level domain").isFalse();
        assertThat(EmailAddress.valid("@example.org")).isFalse();
        assertThat(EmailAddress.valid("pat@")).isFalse();
        assertThat(EmailAddress.valid(null)).isFalse();
        assertThat(EmailAddress.parse("pat(at)example.org")).isEmpty();
    }
}
