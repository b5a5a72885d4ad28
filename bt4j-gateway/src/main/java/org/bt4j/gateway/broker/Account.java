package org.bt4j.gateway.broker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.bt4j.gateway.market.Instrument;

/**
 * The paper account: cash, positions (with IB-style average cost including commissions) and
 * realised PnL, updated by fills; valued against mark prices. Single currency (the account's
 * base currency; every default tradable instrument is priced in USD). Not thread-safe:
 * gateway thread only.
 */
public final class Account {

    private final String id;
    private final String currency;
    private double cash;
    private double realized;
    private final Map<Integer, Position> positions = new LinkedHashMap<>();

    /** @param id account code ({@code DU1234567}); @param cash starting cash */
    public Account(String id, String currency, double cash) {
        this.id = id;
        this.currency = currency;
        this.cash = cash;
    }

    public String id() { return id; }
    public String currency() { return currency; }
    public double cash() { return cash; }
    /** Realised PnL since the account was created. */
    public double realized() { return realized; }

    /** Open and closed positions (closed ones keep quantity 0 and their realised PnL). */
    public Collection<Position> positions() {
        return positions.values();
    }

    /** The position in {@code conId}, or null. */
    public Position position(int conId) {
        return positions.get(conId);
    }

    /**
     * Applies a fill. @return realised PnL of the fill (net of its share of commission), or NaN
     * when it only opened or increased a position
     */
    public double apply(Instrument ins, boolean buy, double qty, double price, double commission) {
        double mult = ins.multiplierValue();
        double signed = buy ? qty : -qty;
        cash -= signed * price * mult + commission;
        Position p = positions.get(ins.conId());
        double q0 = p == null ? 0 : p.quantity();
        double avg0 = p == null ? 0 : p.avgCost();
        double real0 = p == null ? 0 : p.realized();
        double closing = (q0 > 0 && !buy) || (q0 < 0 && buy) ? Math.min(Math.abs(q0), qty) : 0;
        double opening = qty - closing;
        double pnl = Double.NaN;
        double q1 = q0 + signed;
        double avg1 = avg0;
        if (closing > 0) {
            double dir = q0 > 0 ? 1 : -1;
            pnl = closing * (price - avg0) * mult * dir - commission * closing / qty;
            realized += pnl;
        }
        if (opening > 0) {
            double base = closing > 0 ? 0 : Math.abs(q0);
            double baseAvg = closing > 0 ? 0 : avg0;
            double commPerUnit = commission * opening / qty / mult;
            double entry = buy ? price + commPerUnit / opening : price - commPerUnit / opening;
            avg1 = (base * baseAvg + opening * entry) / (base + opening);
        } else if (q1 == 0) {
            avg1 = 0;
        }
        positions.put(ins.conId(), new Position(ins.conId(), clean(q1), avg1, real0 + (Double.isNaN(pnl) ? 0 : pnl)));
        return pnl;
    }

    private static double clean(double q) {
        return Math.abs(q) < 1e-9 ? 0 : q;
    }

    /** Market value of all positions at {@code marks} (conId to price). */
    public double marketValue(Map<Integer, Instrument> instruments, IntToDoubleFunction marks) {
        double v = 0;
        for (Position p : positions.values()) {
            if (p.quantity() != 0) {
                v += p.quantity() * marks.applyAsDouble(p.conId()) * instruments.get(p.conId()).multiplierValue();
            }
        }
        return v;
    }

    /** Unrealised PnL of {@code p} at {@code mark}. */
    public static double unrealized(Position p, Instrument ins, double mark) {
        return p.quantity() * (mark - p.avgCost()) * ins.multiplierValue();
    }

    /** Captures cash, realised PnL and the position in {@code conId}; running the result puts them back. */
    Runnable checkpoint(int conId) {
        double cash0 = cash;
        double realized0 = realized;
        Position p0 = positions.get(conId);
        return () -> {
            cash = cash0;
            realized = realized0;
            if (p0 == null) {
                positions.remove(conId);
            } else {
                positions.put(conId, p0);
            }
        };
    }

    /** Restores persisted state (state store only). */
    public void restore(double cash, double realized, Collection<Position> restored) {
        this.cash = cash;
        this.realized = realized;
        positions.clear();
        for (Position p : restored) {
            positions.put(p.conId(), p);
        }
    }
}
