package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;
import org.junit.jupiter.api.Test;

/** backtrader's broker settings through the {@link Broker} seam, as {@code cerebro.broker().…} reaches them. */
class BrokerTest {

    @Test
    void theBacktestBrokerTakesBacktradersSettingsWithoutACast() {
        Broker b = new BackBroker();
        double[] one = {50};
        DataFeed d = org.bt4j.feed.ArrayFeed.of("d", new long[] {1}, one, one, one, one, one, null);
        b.setCash(50_000).setCommission(0.001).setCoc(true);
        assertEquals(50_000, b.startingCash());
        assertEquals(50_000, b.getCash());
        assertEquals(0.5, b.getCommissionInfo(d).getCommission(10, 50), 1e-12); // 0.1 %
        b.setEosbar(true); // accepted; no effect, as in backtrader 1.9.78
        b.setCommission(2.0, 1000.0, 10.0);
        assertEquals(20.0, b.getCommissionInfo(d).getCommission(10, 50), 1e-12); // 2 per contract
    }

    @Test
    void aVenueBrokerRefusesASimulatedSettingWithOneSentence() {
        Broker live = new Venue();
        var e = assertThrows(UnsupportedOperationException.class, () -> live.setCash(1000));
        assertEquals("Venue takes setCash from its venue; setCash is a setting of the simulated BackBroker"
            + " (the default broker of a backtest)", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> live.setCommission(0.001));
    }

    /** A broker that trades at a venue: none of the simulated settings. */
    private static final class Venue implements Broker {
        @Override public void start(List<DataFeed> datas) { }
        @Override public Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args) { return null; }
        @Override public Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args) { return null; }
        @Override public boolean cancel(Order order) { return false; }
        @Override public void next() { }
        @Override public Order nextNotification() { return null; }
        @Override public double getCash() { return 0; }
        @Override public double getValue() { return 0; }
        @Override public double getValue(DataFeed data) { return 0; }
        @Override public Position getPosition(DataFeed data) { return null; }
        @Override public CommInfo getCommissionInfo(DataFeed data) { return null; }
        @Override public List<Order> openOrders() { return List.of(); }
        @Override public double fundValue() { return 0; }
        @Override public double fundShares() { return 0; }
    }
}
