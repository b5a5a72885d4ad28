package org.bt4j.ib.wire;

/**
 * The IB order fields bt4j sends and reads back: identity (orderId, clientId, permId,
 * parentId), what ({@code action} BUY/SELL/SSHORT, {@code totalQuantity}, {@code orderType}
 * MKT/LMT/STP/STP LMT/MOC/TRAIL/TRAIL LIMIT …), prices ({@code lmtPrice}, {@code auxPrice} = stop
 * or trailing amount, {@code trailStopPrice}, {@code trailingPercent}; {@link Wire#UNSET_DOUBLE}
 * when not set), validity ({@code tif}, {@code goodAfterTime}, {@code goodTillDate}) and
 * grouping (OCA group and type, transmit). Every other IB order field is sent with IB's
 * default value. Build one with {@link #builder()}.
 *
 * <p>Threading: immutable.
 */
public record Order(int orderId, int clientId, long permId, int parentId, String action, double totalQuantity,
                    String orderType, double lmtPrice, double auxPrice, String tif, String ocaGroup, int ocaType,
                    String account, String openClose, int origin, String orderRef, boolean transmit,
                    boolean outsideRth, boolean hidden, String goodAfterTime, String goodTillDate,
                    double trailStopPrice, double trailingPercent, int triggerMethod, boolean whatIf) {

    /** Nulls become empty strings. */
    public Order {
        action = nz(action);
        orderType = nz(orderType);
        tif = nz(tif);
        ocaGroup = nz(ocaGroup);
        account = nz(account);
        openClose = nz(openClose);
        orderRef = nz(orderRef);
        goodAfterTime = nz(goodAfterTime);
        goodTillDate = nz(goodTillDate);
    }

    /** @return a builder with IB's defaults (MKT, DAY, transmit, no prices) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder pre-filled with this order's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.orderId = orderId;
        b.clientId = clientId;
        b.permId = permId;
        b.parentId = parentId;
        b.action = action;
        b.totalQuantity = totalQuantity;
        b.orderType = orderType;
        b.lmtPrice = lmtPrice;
        b.auxPrice = auxPrice;
        b.tif = tif;
        b.ocaGroup = ocaGroup;
        b.ocaType = ocaType;
        b.account = account;
        b.openClose = openClose;
        b.origin = origin;
        b.orderRef = orderRef;
        b.transmit = transmit;
        b.outsideRth = outsideRth;
        b.hidden = hidden;
        b.goodAfterTime = goodAfterTime;
        b.goodTillDate = goodTillDate;
        b.trailStopPrice = trailStopPrice;
        b.trailingPercent = trailingPercent;
        b.triggerMethod = triggerMethod;
        b.whatIf = whatIf;
        return b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Mutable builder of an {@link Order}. Threading: confined to one thread. */
    public static final class Builder {
        private int orderId;
        private int clientId;
        private long permId;
        private int parentId;
        private String action = "BUY";
        private double totalQuantity;
        private String orderType = "MKT";
        private double lmtPrice = Wire.UNSET_DOUBLE;
        private double auxPrice = Wire.UNSET_DOUBLE;
        private String tif = "DAY";
        private String ocaGroup = "";
        private int ocaType;
        private String account = "";
        private String openClose = "";
        private int origin;
        private String orderRef = "";
        private boolean transmit = true;
        private boolean outsideRth;
        private boolean hidden;
        private String goodAfterTime = "";
        private String goodTillDate = "";
        private double trailStopPrice = Wire.UNSET_DOUBLE;
        private double trailingPercent = Wire.UNSET_DOUBLE;
        private int triggerMethod;
        private boolean whatIf;

        private Builder() {
        }

        /** @param v order id (from nextValidId, increasing per client) */
        public Builder orderId(int v) { orderId = v; return this; }
        /** @param v API client id that owns the order */
        public Builder clientId(int v) { clientId = v; return this; }
        /** @param v TWS permanent id */
        public Builder permId(long v) { permId = v; return this; }
        /** @param v parent order id (0 = none) */
        public Builder parentId(int v) { parentId = v; return this; }
        /** @param v BUY, SELL or SSHORT */
        public Builder action(String v) { action = v; return this; }
        /** @param v quantity, positive */
        public Builder totalQuantity(double v) { totalQuantity = v; return this; }
        /** @param v IB order type (MKT, LMT, STP, STP LMT, MOC, TRAIL, TRAIL LIMIT, …) */
        public Builder orderType(String v) { orderType = v; return this; }
        /** @param v limit price */
        public Builder lmtPrice(double v) { lmtPrice = v; return this; }
        /** @param v stop price, or trailing amount for trailing orders */
        public Builder auxPrice(double v) { auxPrice = v; return this; }
        /** @param v DAY, GTC, IOC, GTD, OPG, FOK, DTC */
        public Builder tif(String v) { tif = v; return this; }
        /** @param v OCA group name */
        public Builder ocaGroup(String v) { ocaGroup = v; return this; }
        /** @param v OCA type (1 cancel others with block, 2 reduce with block, 3 reduce without) */
        public Builder ocaType(int v) { ocaType = v; return this; }
        /** @param v account code */
        public Builder account(String v) { account = v; return this; }
        /** @param v O/C for institutional accounts */
        public Builder openClose(String v) { openClose = v; return this; }
        /** @param v 0 customer, 1 firm */
        public Builder origin(int v) { origin = v; return this; }
        /** @param v free reference text */
        public Builder orderRef(String v) { orderRef = v; return this; }
        /** @param v false holds the order in TWS (bracket parents) */
        public Builder transmit(boolean v) { transmit = v; return this; }
        /** @param v allow fills outside regular trading hours */
        public Builder outsideRth(boolean v) { outsideRth = v; return this; }
        /** @param v hidden order */
        public Builder hidden(boolean v) { hidden = v; return this; }
        /** @param v {@code yyyyMMdd HH:mm:ss zone} */
        public Builder goodAfterTime(String v) { goodAfterTime = v; return this; }
        /** @param v {@code yyyyMMdd HH:mm:ss zone} for GTD */
        public Builder goodTillDate(String v) { goodTillDate = v; return this; }
        /** @param v initial stop of a trailing order */
        public Builder trailStopPrice(double v) { trailStopPrice = v; return this; }
        /** @param v trailing percentage (e.g. 2.0 for 2%) */
        public Builder trailingPercent(double v) { trailingPercent = v; return this; }
        /** @param v stop trigger method (0 default) */
        public Builder triggerMethod(int v) { triggerMethod = v; return this; }
        /** @param v what-if (margin preview) order */
        public Builder whatIf(boolean v) { whatIf = v; return this; }

        /** @return the order */
        public Order build() {
            return new Order(orderId, clientId, permId, parentId, action, totalQuantity, orderType, lmtPrice, auxPrice,
                    tif, ocaGroup, ocaType, account, openClose, origin, orderRef, transmit, outsideRth, hidden,
                    goodAfterTime, goodTillDate, trailStopPrice, trailingPercent, triggerMethod, whatIf);
        }
    }
}
