package org.bt4j.broker;

import org.bt4j.util.PyMath;

/**
 * A commission scheme (backtrader's {@code CommInfoBase}): percentage or fixed commission,
 * stock-like or futures-like (margin per contract, cash marked to market every bar), contract
 * multiplier, leverage, automatic margin and credit interest. Built with {@link #builder()};
 * {@link #setCommission} mirrors {@code broker.setcommission(...)}. A percentage commission is a
 * fraction everywhere (0.001 = 0.1 %) unless {@link Builder#percAbs(boolean)} says percent.
 * Immutable after construction, so it can be shared across runs and threads.
 *
 * <p>backtrader's legacy rule applies when no commission type is given: a non-zero margin means
 * futures-like with a fixed commission per contract, otherwise stock-like with a percentage.
 */
public final class CommInfo {

    /** How the commission is computed. */
    public enum CommType {
        /** A fraction of the traded value. */
        PERC,
        /** An amount per unit or contract. */
        FIXED
    }

    private final double commission;
    private final double mult;
    private final double margin;
    private final boolean stockLike;
    private final CommType commType;
    private final double creditRate;
    private final boolean interestLong;
    private final double leverage;
    private final double automargin;

    private CommInfo(Builder b) {
        CommType type = b.commType;
        boolean stock = b.stockLike;
        double mg = b.margin;
        if (type == null) {
            if (mg != 0 && !Double.isNaN(mg)) {
                stock = false;
                type = CommType.FIXED;
            } else {
                stock = true;
                type = CommType.PERC;
            }
        }
        if (!stock && (mg == 0 || Double.isNaN(mg))) {
            mg = 1.0;
        }
        double comm = b.commission;
        if (type == CommType.PERC && !b.percAbs) {
            comm /= 100.0;
        }
        this.commission = comm;
        this.mult = b.mult;
        this.margin = mg;
        this.stockLike = stock;
        this.commType = type;
        this.creditRate = b.interest / 365.0;
        this.interestLong = b.interestLong;
        this.leverage = b.leverage;
        this.automargin = b.automargin;
    }

    /**
     * A builder with backtrader's {@code setcommission} defaults: a PERC commission is a fraction
     * (percabs true), so {@code builder().commission(0.001)} and {@code setCommission(0.001, NaN, 1)}
     * both charge 0.1 %.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * backtrader's {@code broker.setcommission(commission, margin, mult)}: percabs true, legacy
     * type rule (margin given means futures-like, fixed per contract).
     *
     * @param margin NaN or 0 for none
     */
    public static CommInfo setCommission(double commission, double margin, double mult) {
        return builder().commission(commission).margin(margin).mult(mult).percAbs(true).build();
    }

    /** The default scheme of a BackBroker: stock-like, no commission. */
    public static CommInfo defaultScheme() {
        return builder().percAbs(true).build();
    }

    /** Whether positions are valued at size x price (stocks) rather than margin (futures). */
    public boolean isStockLike() {
        return stockLike;
    }

    public double mult() {
        return mult;
    }

    /** Margin per contract (NaN for stock-like schemes). */
    public double margin() {
        return stockLike ? Double.NaN : margin;
    }

    public double leverage() {
        return leverage;
    }

    public CommType commType() {
        return commType;
    }

    /** The commission rate as stored (a fraction for PERC, an amount for FIXED). */
    public double commission() {
        return commission;
    }

    /** Margin needed per contract at {@code price} (automargin aware). */
    public double getMargin(double price) {
        if (automargin == 0) {
            return margin;
        }
        if (automargin < 0) {
            return price * mult;
        }
        return price * automargin;
    }

    /** How many units {@code cash} buys at {@code price}, backtrader's {@code getsize}. */
    public double getSize(double price, double cash) {
        if (!stockLike) {
            return (long) (leverage * PyMath.floorDiv(cash, getMargin(price)));
        }
        return (long) (leverage * PyMath.floorDiv(cash, price));
    }

    /** Cash needed to open {@code size} at {@code price}. */
    public double getOperationCost(double size, double price) {
        if (!stockLike) {
            return Math.abs(size) * getMargin(price);
        }
        return Math.abs(size) * price;
    }

    /** Raw value of {@code size} at {@code price} (negative for stock shorts). */
    public double getValueSize(double size, double price) {
        if (!stockLike) {
            return Math.abs(size) * getMargin(price);
        }
        return size * price;
    }

    /** Value of a position at {@code price}; shorts of stock gain value as the price falls. */
    public double getValue(Position position, double price) {
        double size = position.size();
        if (size == 0) {
            return 0.0;
        }
        if (!stockLike) {
            return Math.abs(size) * getMargin(price);
        }
        if (size >= 0) {
            return size * price;
        }
        double value = position.price() * size;
        value += (position.price() - price) * size;
        return value;
    }

    /** Commission for trading {@code size} at {@code price}. */
    public double getCommission(double size, double price) {
        if (commType == CommType.PERC) {
            return Math.abs(size) * commission * price;
        }
        return Math.abs(size) * commission;
    }

    /** Profit and loss of {@code size} moving from {@code price} to {@code newPrice}. */
    public double profitAndLoss(double size, double price, double newPrice) {
        return size * (newPrice - price) * mult;
    }

    /** Cash moved by marking {@code size} futures from {@code price} to {@code newPrice}. */
    public double cashAdjust(double size, double price, double newPrice) {
        if (!stockLike) {
            return size * (newPrice - price) * mult;
        }
        return 0.0;
    }

    /** Whether credit interest is charged at all. */
    public boolean chargesInterest() {
        return creditRate != 0;
    }

    /** Interest for holding {@code size} at {@code price} for {@code days} calendar days. */
    public double getCreditInterest(double size, double price, long days) {
        if (size > 0 && !interestLong) {
            return 0.0;
        }
        return days * creditRate * Math.abs(size) * price;
    }

    /** Builder of a {@link CommInfo}; not thread-safe. */
    public static final class Builder {
        private double commission;
        private double mult = 1.0;
        private double margin = Double.NaN;
        private CommType commType;
        private boolean stockLike;
        private boolean percAbs = true;
        private double interest;
        private boolean interestLong;
        private double leverage = 1.0;
        private double automargin;

        private Builder() {
        }

        public Builder commission(double c) {
            if (c < 0 || Double.isNaN(c)) {
                throw new IllegalArgumentException("commission must be >= 0, got " + c);
            }
            commission = c;
            return this;
        }

        public Builder mult(double m) {
            if (!(m > 0)) {
                throw new IllegalArgumentException("mult must be > 0, got " + m);
            }
            mult = m;
            return this;
        }

        /** Margin per contract; NaN or 0 for none. */
        public Builder margin(double m) {
            if (m < 0) {
                throw new IllegalArgumentException("margin must be >= 0, got " + m);
            }
            margin = m;
            return this;
        }

        public Builder commType(CommType t) {
            commType = t;
            return this;
        }

        /** Only used together with an explicit {@link #commType}. */
        public Builder stockLike(boolean s) {
            stockLike = s;
            return this;
        }

        /**
         * Whether a PERC commission is a fraction (true, the default: 0.001 = 0.1 %, as
         * backtrader's {@code setcommission}); false reads it in percent (backtrader's
         * {@code CommInfoBase} class default: 0.1 = 0.1 %).
         */
        public Builder percAbs(boolean p) {
            percAbs = p;
            return this;
        }

        /** Yearly credit interest rate (0.05 = 5%). */
        public Builder interest(double rate) {
            interest = rate;
            return this;
        }

        public Builder interestLong(boolean b) {
            interestLong = b;
            return this;
        }

        public Builder leverage(double l) {
            if (!(l > 0)) {
                throw new IllegalArgumentException("leverage must be > 0, got " + l);
            }
            leverage = l;
            return this;
        }

        /** 0 = use margin; &lt; 0 = price x mult; &gt; 0 = price x automargin. */
        public Builder automargin(double a) {
            automargin = a;
            return this;
        }

        public CommInfo build() {
            return new CommInfo(this);
        }
    }

    /**
     * How backtrader prints a commission scheme (its default repr, without the memory address that
     * changes on every run), so that a port's {@code print(order)} prints what backtrader's does.
     */
    @Override
    public String toString() {
        return "<backtrader.comminfo.CommInfoBase object>";
    }
}
