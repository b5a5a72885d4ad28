package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.bt4j.engine.Cerebro;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.testkit.DailyBars;
import org.junit.jupiter.api.Test;

/**
 * {@link BracketArgs}: backtrader's buy_bracket/sell_bracket defaults (Limit entry, Stop and Limit
 * exits), and the three orders they produce — children of the main order with the same size and
 * the opposite side, only the last one transmitting, a suppressed side returned as null.
 */
class BracketArgsTest {

    /** Places one bracket on the first bar. */
    static final class OneBracket extends Strategy {
        final Function<OneBracket, Order[]> place;
        Order[] orders;

        OneBracket(Function<OneBracket, Order[]> place) {
            this.place = place;
        }

        @Override
        protected void next() {
            if (len() == 1) {
                orders = place.apply(this);
            }
        }
    }

    private static Order[] placed(Function<OneBracket, Order[]> place) {
        OneBracket s = new OneBracket(place);
        new Cerebro().addData(DailyBars.closes(100, 101, 102)).addStrategy(s).run();
        return s.orders;
    }

    @Test
    void defaults() {
        BracketArgs b = BracketArgs.of();
        assertEquals(ExecType.Limit, b.main.exectype());
        assertEquals(ExecType.Stop, b.stopExec);
        assertEquals(ExecType.Limit, b.limitExec);
        assertTrue(Double.isNaN(b.stopPrice));
        assertTrue(Double.isNaN(b.limitPrice));
    }

    @Test
    void buyBracketIsAnEntryAndTwoOppositeChildren() {
        Order[] o = placed(s -> s.buyBracket(BracketArgs.of().size(2).price(99).stopPrice(95).limitPrice(105).tradeId(4)));
        Order main = o[0];
        assertTrue(main.isBuy());
        assertEquals(ExecType.Limit, main.execType());
        assertEquals(99.0, main.createdPrice());
        assertFalse(main.transmit());
        assertEquals(4, main.tradeId());
        assertEquals(-2.0, o[1].size());
        assertEquals(ExecType.Stop, o[1].execType());
        assertEquals(95.0, o[1].createdPrice());
        assertSame(main, o[1].parent());
        assertFalse(o[1].transmit());
        assertEquals(4, o[1].tradeId());
        assertEquals(-2.0, o[2].size());
        assertEquals(ExecType.Limit, o[2].execType());
        assertEquals(105.0, o[2].createdPrice());
        assertSame(main, o[2].parent());
        assertTrue(o[2].transmit());
    }

    @Test
    void sellBracketMirrorsAndSuppressedSidesAreNull() {
        Order[] o = placed(s -> s.sellBracket(BracketArgs.of().size(1).exectype(ExecType.Market)
                .stopPrice(104).limitExec(null)));
        assertEquals(-1.0, o[0].size());
        assertEquals(ExecType.Market, o[0].execType());
        assertEquals(1.0, o[1].size());
        assertTrue(o[1].transmit()); // the last child present transmits
        assertNull(o[2]);

        Order[] none = placed(s -> s.buyBracket(BracketArgs.of().size(1).price(99).stopExec(null).limitExec(null)));
        assertTrue(none[0].transmit());
        assertNull(none[1]);
        assertNull(none[2]);
    }
}
