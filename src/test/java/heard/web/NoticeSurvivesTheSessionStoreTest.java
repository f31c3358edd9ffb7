package heard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Flash attributes are kept in the session, which Spring Session serializes into the database. */
class NoticeSurvivesTheSessionStoreTest {

    @Test
    void aNoticeIsSerializedAndReadBack() throws Exception {
        Notice notice = Notice.of("password.changed", "clare", LocalDate.of(2025, 6, 2));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(notice);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(notice);
        }
    }
}
