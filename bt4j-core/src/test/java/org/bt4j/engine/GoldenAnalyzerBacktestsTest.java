package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bt4j.analyzer.Analyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden {@code backtest} case WITH {@code --analyzer} (golden/README.md), run through
 * {@link Backtest} in each run mode with the analyzers looked up by name, and compared with
 * backtrader's {@code get_analysis()} output (and the rest of the summary) within tolerance.
 */
class GoldenAnalyzerBacktestsTest {

    private static String read(String rel) throws IOException {
        try (InputStream in = GoldenAnalyzerBacktestsTest.class.getResourceAsStream("/golden-analyzers/" + rel)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Object o : (List<Object>) TestJson.parse(read("analyzer-cases.json"))) {
            Map<String, Object> c = (Map<String, Object>) o;
            for (Backtest.Mode m : Backtest.Mode.values()) {
                out.add(Arguments.of(c.get("id"), m, c.get("args"), c.get("expected")));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void analyzersMatchBacktrader(String id, Backtest.Mode mode, List<Object> args, String expectedFile) throws IOException {
        List<Object> rest = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if ("--analyzer".equals(args.get(i))) {
                names.add((String) args.get(++i));
            } else {
                rest.add(args.get(i));
            }
        }
        Backtest bt = GoldenBacktestsTest.fromArgs(rest).mode(mode);
        for (String name : names) {
            bt.analyzer(name, () -> Analyzers.create(name));
        }
        Backtest.Result r = bt.run();
        Map<String, Object> expected = (Map<String, Object>) TestJson.parse(read(expectedFile));
        Map<String, Object> actual = (Map<String, Object>) TestJson.parse(r.json());
        assertEquals(expected.keySet().toString(), actual.keySet().toString(), "key order");
        assertEquals(((Map<String, Object>) expected.get("analyzers")).keySet().toString(),
                ((Map<String, Object>) actual.get("analyzers")).keySet().toString(), "analyzer order");
        assertNull(TestJson.diff(expected, actual, id));
    }
}
