package org.bt4j.gateway.broker;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.bt4j.gateway.market.Instrument;

/**
 * The paper account's margin as IB computes it for a margin account, with one initial-margin rate
 * per security type: 25 % of a stock position's value (the intraday rate behind IB's four-times
 * buying power), 3 % of a forex position, 10 % of a future's or future option's notional, the whole
 * premium of an option. A new order is refused with IB's error 201 when it adds margin and the
 * account's initial margin after it would exceed the equity with loan value: "Your order is not
 * accepted because your Equity with Loan Value of [X USD] is insufficient to cover the Initial Margin
 * requirement of [Y USD]". Orders that reduce margin (closing trades) always pass. Stateless and
 * thread-safe; the caller supplies instruments and marks.
 */
public final class MarginCheck {

    /** The account's margin numbers at given marks. */
    public record Margin(double equityWithLoan, double grossPositionValue, double initialMargin) {
        /** Equity with loan value minus initial margin (IB's AvailableFunds). */
        public double availableFunds() {
            return equityWithLoan - initialMargin;
        }

        /** Four times the available funds, as IB reports BuyingPower for a margin account. */
        public double buyingPower() {
            return Math.max(0, availableFunds() * 4);
        }
    }

    private MarginCheck() {
    }

    /** Initial margin as a share of the value of a position in {@code ins}. */
    public static double rate(Instrument ins) {
        return switch (ins.secType()) {
            case STK -> 0.25;
            case CASH -> 0.03;
            case FUT, FOP -> 0.10;
            default -> 1.0;
        };
    }

    /** The margin of {@code account} with positions valued at {@code marks} (conId to price). */
    public static Margin of(Account account, IntFunction<Instrument> instruments, IntToDoubleFunction marks) {
        double value = 0;
        double gross = 0;
        double initial = 0;
        for (Position p : account.positions()) {
            if (p.quantity() != 0) {
                Instrument ins = instruments.apply(p.conId());
                double v = p.quantity() * marks.applyAsDouble(p.conId()) * ins.multiplierValue();
                value += v;
                gross += Math.abs(v);
                initial += Math.abs(v) * rate(ins);
            }
        }
        return new Margin(account.cash() + value, gross, initial);
    }

    /**
     * IB's reason for refusing an order of {@code qty} {@code ins} at {@code price}, or null when the
     * account can carry it.
     */
    public static String check(Account account, IntFunction<Instrument> instruments, IntToDoubleFunction marks,
                               Instrument ins, boolean buy, double qty, double price) {
        Margin before = of(account, instruments, marks);
        Position p = account.position(ins.conId());
        double q0 = p == null ? 0 : p.quantity();
        double q1 = q0 + (buy ? qty : -qty);
        double mult = ins.multiplierValue() * rate(ins);
        double after = before.initialMargin() - Math.abs(q0 * marks.applyAsDouble(ins.conId())) * mult
                + Math.abs(q1 * price) * mult;
        if (after <= before.equityWithLoan() || after <= before.initialMargin()) {
            return null;
        }
        String cur = account.currency();
        return String.format(Locale.ROOT, "Your order is not accepted because your Equity with Loan Value of [%.0f %s] "
                + "is insufficient to cover the Initial Margin requirement of [%.0f %s]", before.equityWithLoan(), cur,
                after, cur);
    }
}
