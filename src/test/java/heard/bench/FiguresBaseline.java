package heard.bench;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

final class FiguresBaseline {
    FiguresBaseline(DataSource dataSource) {
    }

    Map<String, BigDecimal> compute(int financialYear) {
        return new TreeMap<>();
    }
}
