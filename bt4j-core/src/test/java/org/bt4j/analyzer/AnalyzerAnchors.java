package org.bt4j.analyzer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.CommInfo;
import org.bt4j.engine.Cerebro;
import org.bt4j.engine.CerebroTest;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.strategy.Strategy;

/**
 * The setup of backtrader's {@code tests/test_analyzer-*.py}: the strategy of
 * {@code test_strategy_unoptimized} (SMA(15) crossover, one pending order at a time) on
 * 2006-day-001.txt with futures-like commission (2.0 per contract, mult 10, margin 1000), one
 * analyzer, in each of testcommon's run configurations.
 */
final class AnalyzerAnchors {

    private AnalyzerAnchors() {
    }

    /** testcommon's 12 configurations (preload x runonce x exactbars -2/-1/0) plus exactbars=1. */
    static List<Cerebro> configurations() {
        List<Cerebro> out = new ArrayList<>();
        for (boolean preload : new boolean[] {true, false}) {
            for (boolean runonce : new boolean[] {true, false}) {
                for (int exact : new int[] {-2, -1, 0}) {
                    out.add(new Cerebro().preload(preload).runonce(runonce).exactbars(exact));
                }
            }
        }
        out.add(new Cerebro().exactbars(1));
        return out;
    }

    /** Runs the anchor strategy on {@code c} with {@code analyzer}; returns the analysis. */
    static Map<String, Object> run(Cerebro c, Analyzer analyzer) throws Exception {
        Path data = Path.of(AnalyzerAnchors.class.getResource("/golden/data/bt-2006-day-001.txt").toURI());
        BackBroker broker = new BackBroker();
        broker.setCommission(CommInfo.setCommission(2.0, 1000.0, 10.0));
        c.setBroker(broker).addData(CsvFeeds.open(data, null, 1))
                .addStrategy(CerebroTest.RunStrategy.class, Map.of("period", 15))
                .addAnalyzer("analyzer", () -> analyzer);
        List<Strategy> s = c.run();
        return s.get(0).analyzers().get(0).analysis();
    }

    /** Python 2's {@code str(float)}: 12 significant digits ({@code '%.12g'}). */
    static String py2Str(double x) {
        BigDecimal r = new BigDecimal(x).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String s = r.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
