package heard.ombudsman;

import heard.casework.CaseworkPersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing the personal data of the Ombudsman's involvement in a record, with the record's own: the remedy
 * the Ombudsman asked for is free text that may name people. Its references, dates and decision stay, as
 * the figures count them.
 */
@Service
public class OmbudsmanPersonalData {

    private final JdbcClient jdbc;

    OmbudsmanPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Erases the remedy's words of the record's Ombudsman involvement, if it has any; nothing else to erase. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erasePersonalData(String reference) {
        jdbc.sql("""
                UPDATE ombudsman_case SET remedy = :erased, version = version + 1
                WHERE reference = :reference AND remedy IS NOT NULL AND remedy <> :erased""")
                .param("erased", CaseworkPersonalData.ERASED).param("reference", reference).update();
    }
}
