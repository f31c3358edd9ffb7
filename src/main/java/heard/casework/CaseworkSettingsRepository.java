package heard.casework;

import java.util.List;

import heard.casework.domain.CorporateProcedure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseworkSettingsRepository {

    private final JdbcClient jdbc;

    CaseworkSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseworkSettings load() {
        List<CorporateProcedure.Step> steps = jdbc.sql("SELECT target_days, extension_days FROM corporate_stage ORDER BY number")
                .query((rs, n) -> new CorporateProcedure.Step(rs.getInt(1), rs.getInt(2))).list();
        return jdbc.sql("SELECT * FROM casework_settings WHERE id = 1")
                .query((rs, n) -> new CaseworkSettings(rs.getString("reference_prefix"), rs.getInt("acknowledgement_days"),
                        rs.getInt("statement_agreement_days"),
                        new CorporateProcedure(rs.getInt("corporate_acknowledgement_days"), steps,
                                rs.getInt("corporate_request_window_days")),
                        rs.getInt("version")))
                .single();
    }

    boolean save(CaseworkSettings settings) {
        int rows = jdbc.sql("""
                UPDATE casework_settings SET reference_prefix = :prefix, acknowledgement_days = :ack, statement_agreement_days = :statement,
                       corporate_acknowledgement_days = :corpAck, corporate_request_window_days = :window,
                       version = version + 1
                WHERE id = 1 AND version = :version""")
                .param("prefix", settings.referencePrefix())
                .param("ack", settings.acknowledgementDays())
                .param("statement", settings.statementAgreementDays())
                .param("corpAck", settings.corporate().acknowledgementDays())
                .param("window", settings.corporate().requestWindowDays())
                .param("version", settings.version())
                .update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM corporate_stage").update();
        List<CorporateProcedure.Step> steps = settings.corporate().steps();
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("INSERT INTO corporate_stage (number, target_days, extension_days) VALUES (:n, :t, :e)")
                    .param("n", i + 1).param("t", steps.get(i).targetDays()).param("e", steps.get(i).extensionDays())
                    .update();
        }
        return true;
    }

    /**
     * The next number in a year's reference sequence. The row is updated before it is read, so
     * two instances allocating at once wait for each other's transaction rather than take the
     * same number. The year's row is made by whichever comes first: the other's insert does nothing
     * (checking first that no row exists would let both insert, and the second fail).
     */
    int nextReferenceNumber(int year) {
        jdbc.sql("INSERT INTO reference_sequence (sequence_year, last_number) VALUES (:y, 0) ON CONFLICT DO NOTHING")
                .param("y", year).update();
        jdbc.sql("UPDATE reference_sequence SET last_number = last_number + 1 WHERE sequence_year = :y").param("y", year).update();
        return jdbc.sql("SELECT last_number FROM reference_sequence WHERE sequence_year = :y").param("y", year)
                .query(Integer.class).single();
    }
}
