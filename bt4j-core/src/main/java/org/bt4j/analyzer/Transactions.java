package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.Position;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;

/**
 * backtrader's {@code Transactions}: the fills of each bar, netted per data, keyed by the
 * strategy's bar time: {@code [[amount, price, sid, symbol, value]]} with {@code value =
 * -amount * price}; {@code headers} adds a first entry with the column names. Engine thread only.
 */
public final class Transactions extends AnalyzerBase {

    private boolean headers;
    private final Map<String, Position> positions = new HashMap<>();

    /** Add the pyfolio header entry {@code date: [[amount, price, sid, symbol, value]]}. */
    public Transactions headers(boolean on) {
        this.headers = on;
        return this;
    }

    @Override
    protected void onStart() {
        if (headers) {
            rets.put("date", List.of(List.of("amount", "price", "sid", "symbol", "value")));
        }
    }

    @Override
    protected void onOrder(Order order) {
        if (order.executed().size() == 0) {
            return;
        }
        Position pos = positions.computeIfAbsent(order.data().name(), k -> new Position());
        for (ExecutionBit bit : order.executed().pending()) {
            pos.update(bit.size(), bit.price());
        }
    }

    @Override
    protected void onNext() {
        List<Object> entries = new ArrayList<>();
        List<DataFeed> datas = strategy.datas();
        for (int i = 0; i < datas.size(); i++) {
            String name = datas.get(i).name();
            Position pos = positions.get(name);
            if (pos != null && pos.size() != 0) {
                double size = pos.size();
                double price = pos.price();
                entries.add(List.of(size, price, i, name, -size * price));
            }
        }
        if (!entries.isEmpty()) {
            rets.put(key(local(strategy.datetime())), entries);
        }
        positions.clear();
    }
}
