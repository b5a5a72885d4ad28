package org.bt4j.gateway.broker;

import java.util.ArrayList;
import java.util.List;

/** Records matching events as short text lines, for assertions. One thread. */
final class RecordingListener implements MatchingEngine.Listener {

    final List<String> events = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();

    @Override
    public void orderUpdated(SimOrder o) {
        events.add("update " + o.orderId() + " " + o.status() + (o.whyHeld().isEmpty() ? "" : " held:" + o.whyHeld()));
    }

    @Override
    public void filled(SimOrder o, Fill f) {
        fills.add(f);
        events.add("fill " + o.orderId() + " " + f.side() + " " + (long) f.shares() + "@" + f.price() + " " + o.status());
    }

    @Override
    public void cancelled(SimOrder o, boolean expired, String reason) {
        events.add((expired ? "expire " : "cancel ") + o.orderId() + (reason.isEmpty() || expired ? "" : " " + reason));
    }

    @Override
    public void orderError(int clientId, int orderId, int code, String text) {
        events.add("error " + orderId + " " + code);
    }

    String last() {
        return events.get(events.size() - 1);
    }
}
