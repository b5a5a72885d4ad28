package org.bt4j.gateway.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;

/**
 * Follows one instrument's tape from a time on, handing each event to a listener at the event's
 * own time on the gateway loop, until {@link #stop()}. For streams with their own cadence
 * (tick-by-tick, market depth). <b>Threading:</b> gateway thread only.
 */
final class TapeFollower {

    private final GatewayLoop loop;
    private final TapeCursor cursor;
    private final Consumer<TapeCursor> listener;
    private boolean alive = true;

    TapeFollower(GatewayLoop loop, Tape tape, Instrument ins, long from, Consumer<TapeCursor> listener) {
        this.loop = loop;
        this.cursor = tape.cursor(ins, from);
        this.listener = listener;
        arm();
    }

    private void arm() {
        if (alive && cursor.next(Long.MAX_VALUE)) {
            loop.schedule(cursor.time(), this::fire);
        }
    }

    private void fire() {
        if (alive) {
            listener.accept(cursor);
            arm();
        }
    }

    /** No more events. */
    void stop() {
        alive = false;
    }

    /** The followers of each client's streams by request id; those of disconnected clients are stopped. */
    static final class PerClient {
        private final ApiClients clients;
        private final Map<ApiClient, Map<Integer, TapeFollower>> streams = new HashMap<>();

        PerClient(ApiClients clients) {
            this.clients = clients;
        }

        /** The streams of {@code c} (after dropping those of clients gone). */
        Map<Integer, TapeFollower> of(ApiClient c) {
            streams.entrySet().removeIf(e -> {
                boolean gone = !clients.isConnected(e.getKey());
                if (gone) {
                    e.getValue().values().forEach(TapeFollower::stop);
                }
                return gone;
            });
            return streams.computeIfAbsent(c, k -> new HashMap<>());
        }

        /** Stops and forgets one stream. */
        void cancel(ApiClient c, int reqId) {
            TapeFollower f = of(c).remove(reqId);
            if (f != null) {
                f.stop();
            }
        }
    }
}
