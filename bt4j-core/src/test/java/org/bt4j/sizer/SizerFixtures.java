package org.bt4j.sizer;

import java.util.List;
import org.bt4j.broker.Broker;
import org.bt4j.broker.CommInfo;
import org.bt4j.broker.Position;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderOwner;
import org.bt4j.testkit.DailyBars;

/**
 * What the sizer tests share: a data whose current close is 33 and a broker that only answers
 * the three questions a sizer asks (cash, position, commission scheme).
 */
final class SizerFixtures {

    private SizerFixtures() {
    }

    /** A started feed on a bar closing at 33. */
    static ArrayFeed data() {
        return DailyBars.at(DailyBars.closes(33), 1);
    }

    /** {@code sizer} bound to a broker with {@code cash} and a position of {@code size} at 30. */
    static <S extends Sizer> S bound(S sizer, double cash, double size) {
        sizer.bind(new SizingBroker(cash, new Position(size, 30)));
        return sizer;
    }

    /** A broker answering cash, position and commission scheme; everything else is not needed. */
    private static final class SizingBroker implements Broker {
        private final double cash;
        private final Position position;

        SizingBroker(double cash, Position position) {
            this.cash = cash;
            this.position = position;
        }

        @Override
        public double getCash() {
            return cash;
        }

        @Override
        public Position getPosition(DataFeed data) {
            return position;
        }

        @Override
        public CommInfo getCommissionInfo(DataFeed data) {
            return CommInfo.defaultScheme();
        }

        @Override
        public void start(List<DataFeed> datas) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Order buy(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Order sell(OrderOwner owner, DataFeed data, double size, OrderArgs args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean cancel(Order order) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void next() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Order nextNotification() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double getValue() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double getValue(DataFeed data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Order> openOrders() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double fundValue() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double fundShares() {
            throw new UnsupportedOperationException();
        }
    }
}
