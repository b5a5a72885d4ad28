package org.bt4j.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportValuesTest {

    @Test
    void textLooksLikePython() {
        assertEquals("0.1", ReportValues.text(0.1));
        assertEquals("nan", ReportValues.text(Double.NaN));
        assertEquals("None", ReportValues.text(null));
        assertEquals("True", ReportValues.text(true));
        assertEquals("2015-01-05T00:00:00", ReportValues.text(LocalDate.of(2015, 1, 5)));
        assertEquals("2015-01-05T23:59:59", ReportValues.text(LocalDateTime.of(2015, 1, 5, 23, 59, 59, 999_990_000)));
        assertEquals("[1, 2.5, x]", ReportValues.text(List.of(1, 2.5, "x")));
    }

    @Test
    void flattenUsesDottedKeys() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("total", 3);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("won", Map.of("pnl", inner));
        m.put("empty", Map.of());
        List<ReportValues.Row> rows = ReportValues.flatten(m);
        assertEquals(List.of(new ReportValues.Row("won.pnl.total", 3), new ReportValues.Row("empty", "{}")), rows);
        assertEquals(List.of(new ReportValues.Row("(value)", 1.0)), ReportValues.flatten(1.0));
    }
}
