package org.bt4j.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.junit.jupiter.api.Test;

/** backtrader's {@code tests/test_analyzer-sqn.py}: sqn {@code 0.912550316439} over 11 trades, in every run mode. */
class SQNTest {

    @Test
    void backtradersSqnAnchorInEveryRunMode() throws Exception {
        for (Cerebro c : AnalyzerAnchors.configurations()) {
            Map<String, Object> a = AnalyzerAnchors.run(c, new SQN());
            assertEquals("0.912550316439", AnalyzerAnchors.py2Str((Double) a.get("sqn")), "usedRunOnce=" + c.usedRunOnce());
            assertEquals("11", String.valueOf(a.get("trades")));
        }
    }
}
