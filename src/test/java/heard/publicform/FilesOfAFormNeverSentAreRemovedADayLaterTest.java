package heard.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import heard.testing.DatabaseTest;
import heard.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** A file uploaded with a draft that is never sent goes a day later; a sent submission's files stay. */
@DatabaseTest
class FilesOfAFormNeverSentAreRemovedADayLaterTest {

    @Autowired
    Attachments attachments;
    @Autowired
    AbandonedFiles abandoned;
    @Autowired
    TestClock clock;

    @Test
    void aDraftsFilesGoADayLater() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        String draft = java.util.UUID.randomUUID().toString();
        List<org.springframework.web.multipart.MultipartFile> files = List.of(
                new MockMultipartFile("files", "letter.pdf", "application/pdf", PublicFormFixtures.aPdf()));
        assertThat(attachments.check(draft, files)).isEmpty();
        attachments.keep(draft, files);

        clock.advance(Duration.ofHours(23));
        abandoned.remove();
        assertThat(attachments.ofDraft(draft)).hasSize(1);

        clock.advance(Duration.ofHours(2));
        assertThat(abandoned.remove()).isPositive();
        assertThat(attachments.ofDraft(draft)).isEmpty();
    }
}
