package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bt4j.engine.Cerebro;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;

/** {@link Observers}: backtrader's stdstats set, on by default, off with {@code stdstats(false)}. */
class ObserversTest {

    @Test
    void defaultSetForOneAndForTwoDatas() {
        Strategy one = ObserverRuns.run(c -> { }).get(0);
        assertEquals(List.of(Broker.class, BuySell.class, Trades.class),
                one.observers().stream().map(Object::getClass).toList());

        Cerebro c = new Cerebro().addData(ObserverRuns.daily("a")).addData(ObserverRuns.daily("b"))
                .addStrategy(new SmaCross());
        Strategy two = c.run().get(0);
        assertEquals(List.of(Broker.class, BuySell.class, BuySell.class, DataTrades.class),
                two.observers().stream().map(Object::getClass).toList());
        DataTrades dt = (DataTrades) two.observers().get(3);
        assertEquals(List.of("a", "b"), List.of(dt.lineName(0), dt.lineName(1)));

        Strategy none = ObserverRuns.run(x -> x.stdstats(false)).get(1);
        assertTrue(none.observers().isEmpty());
    }

    @Test
    void exactbarsBoundsObserverLines() {
        Cerebro c = new Cerebro().exactbars(1).addData(ObserverRuns.daily("d")).addStrategy(new SmaCross());
        Strategy s = c.run().get(0);
        Broker b = ObserverRuns.find(s, Broker.class);
        assertTrue(b.buffers()[0].isBounded());
        assertEquals(c.broker().getValue(), b.line(1).get(0), 1e-9);
    }
}
