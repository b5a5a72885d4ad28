package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden {@code backtest} case without analyzers (golden/README.md), run through
 * {@link Backtest} in each run mode and compared with backtrader's output within the stated
 * tolerance.
 */
class GoldenBacktestsTest {

    static Path resource(String rel) {
        try {
            return Path.of(GoldenBacktestsTest.class.getResource("/golden/" + rel).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String rel) throws IOException {
        try (InputStream in = GoldenBacktestsTest.class.getResourceAsStream("/golden/" + rel)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        List<Object> cases = (List<Object>) TestJson.parse(read("backtest-cases.json"));
        List<Arguments> out = new ArrayList<>();
        for (Object o : cases) {
            Map<String, Object> c = (Map<String, Object>) o;
            for (Backtest.Mode m : Backtest.Mode.values()) {
                out.add(Arguments.of(c.get("id"), m, c.get("args"), c.get("expected")));
            }
        }
        return out.stream();
    }

    /** Interprets a golden argument list the way {@code bt4j backtest} does. */
    static Backtest fromArgs(List<Object> args) {
        Backtest bt = new Backtest();
        String data = null;
        TimeFrame tf = null;
        int compression = 1;
        for (int i = 1; i < args.size(); i++) {
            String a = (String) args.get(i);
            switch (a) {
                case "--data": data = (String) args.get(++i); break;
                case "--timeframe": tf = TimeFrame.parse((String) args.get(++i)); break;
                case "--compression": compression = Integer.parseInt((String) args.get(++i)); break;
                case "--strategy": bt.strategy((String) args.get(++i)); break;
                case "--param": {
                    String[] kv = ((String) args.get(++i)).split("=", 2);
                    bt.param(kv[0], kv[1]);
                    break;
                }
                case "--cash": bt.cash(Double.parseDouble((String) args.get(++i))); break;
                case "--commission": bt.commission(Double.parseDouble((String) args.get(++i))); break;
                case "--mult": bt.mult(Double.parseDouble((String) args.get(++i))); break;
                case "--margin": bt.margin(Double.parseDouble((String) args.get(++i))); break;
                case "--slippage-perc": bt.slippagePerc(Double.parseDouble((String) args.get(++i))); break;
                case "--coc": bt.coc(true); break;
                case "--json": break;
                default: throw new IllegalArgumentException("unexpected golden argument " + a);
            }
        }
        return bt.data(resource(data), tf, compression);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void matchesBacktrader(String id, Backtest.Mode mode, List<Object> args, String expectedFile) throws IOException {
        Map<String, Object> expected = (Map<String, Object>) TestJson.parse(read(expectedFile));
        Backtest.Result r = fromArgs(args).mode(mode).run();
        Map<String, Object> actual = (Map<String, Object>) TestJson.parse(r.json());
        assertEquals(expected.keySet().toString(), actual.keySet().toString(), "key order");
        assertNull(TestJson.diff(expected, actual, id));
    }
}
