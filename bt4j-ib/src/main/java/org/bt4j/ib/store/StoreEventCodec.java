package org.bt4j.ib.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;

/**
 * The binary form of a {@link StoreEvent} in a session journal: a kind byte, then the event's
 * fields; a TWS message as IB's own wire fields (written and read at {@link Wire#MAX_VERSION}, so a
 * replay decodes exactly what the live run decoded).
 *
 * <p>Threading: stateless; any thread.
 */
final class StoreEventCodec {

    private static final int CONNECTED = 0;
    private static final int DISCONNECTED = 1;
    private static final int GAVE_UP = 2;
    private static final int CONNECTIVITY_LOST = 3;
    private static final int CONNECTIVITY_RESTORED = 4;
    private static final int FARM = 5;
    private static final int RESUBSCRIBED = 6;
    private static final int MESSAGE = 7;
    private static final int PACED = 8;
    private static final int NOT_SENT = 9;

    private StoreEventCodec() {
    }

    static void write(StoreEvent e, DataOutput out) throws IOException {
        if (e instanceof StoreEvent.Message m) {
            out.writeByte(MESSAGE);
            FieldWriter w = new FieldWriter();
            m.message().write(w, Wire.MAX_VERSION);
            byte[] b = w.toPayload();
            out.writeInt(b.length);
            out.write(b);
        } else if (e instanceof StoreEvent.Paced p) {
            out.writeByte(PACED);
            out.writeInt(p.reqId());
            out.writeBoolean(p.sent());
        } else if (e instanceof StoreEvent.NotSent n) {
            out.writeByte(NOT_SENT);
            out.writeInt(n.reqId());
        } else if (e instanceof StoreEvent.Connected c) {
            out.writeByte(CONNECTED);
            out.writeInt(c.serverVersion());
            out.writeInt(c.accounts().size());
            for (String a : c.accounts()) {
                out.writeUTF(a);
            }
            out.writeBoolean(c.reconnect());
            out.writeInt(c.clientId());
        } else if (e instanceof StoreEvent.Disconnected d) {
            out.writeByte(DISCONNECTED);
            out.writeUTF(d.reason());
            out.writeBoolean(d.willRetry());
        } else if (e instanceof StoreEvent.GaveUp g) {
            out.writeByte(GAVE_UP);
            out.writeUTF(g.reason());
        } else if (e instanceof StoreEvent.ConnectivityLost l) {
            out.writeByte(CONNECTIVITY_LOST);
            out.writeUTF(l.message());
        } else if (e instanceof StoreEvent.ConnectivityRestored r) {
            out.writeByte(CONNECTIVITY_RESTORED);
            out.writeBoolean(r.dataLost());
            out.writeUTF(r.message());
        } else if (e instanceof StoreEvent.FarmStatus f) {
            out.writeByte(FARM);
            out.writeInt(f.code());
            out.writeUTF(f.farm());
            out.writeBoolean(f.ok());
            out.writeUTF(f.message());
        } else if (e instanceof StoreEvent.Resubscribed r) {
            out.writeByte(RESUBSCRIBED);
            out.writeInt(r.count());
        }
    }

    static StoreEvent read(DataInput in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case MESSAGE: {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                return new StoreEvent.Message(ServerMessage.read(new FieldReader(b), Wire.MAX_VERSION));
            }
            case PACED:
                return new StoreEvent.Paced(in.readInt(), in.readBoolean());
            case NOT_SENT:
                return new StoreEvent.NotSent(in.readInt());
            case CONNECTED: {
                int v = in.readInt();
                int n = in.readInt();
                List<String> accounts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    accounts.add(in.readUTF());
                }
                return new StoreEvent.Connected(v, List.copyOf(accounts), in.readBoolean(), in.readInt());
            }
            case DISCONNECTED:
                return new StoreEvent.Disconnected(in.readUTF(), in.readBoolean());
            case GAVE_UP:
                return new StoreEvent.GaveUp(in.readUTF());
            case CONNECTIVITY_LOST:
                return new StoreEvent.ConnectivityLost(in.readUTF());
            case CONNECTIVITY_RESTORED:
                return new StoreEvent.ConnectivityRestored(in.readBoolean(), in.readUTF());
            case FARM:
                return new StoreEvent.FarmStatus(in.readInt(), in.readUTF(), in.readBoolean(), in.readUTF());
            case RESUBSCRIBED:
                return new StoreEvent.Resubscribed(in.readInt());
            default:
                throw new IOException("unknown store event kind " + kind);
        }
    }
}
