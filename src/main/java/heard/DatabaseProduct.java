package heard;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The database Heard runs on, for the few statements that differ between the embedded H2 and PostgreSQL (planner
 * settings and statistics); everything else is the same SQL on both.
 */
public enum DatabaseProduct {

    H2, POSTGRESQL;

    /** The product behind a data source; H2 when it cannot be told, as the embedded default. */
    public static DatabaseProduct of(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(name) ? POSTGRESQL : H2;
        } catch (MetaDataAccessException unknown) {
            return H2;
        }
    }
}
