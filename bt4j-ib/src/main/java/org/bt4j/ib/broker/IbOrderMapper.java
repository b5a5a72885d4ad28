package org.bt4j.ib.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bt4j.ib.data.TwsTime;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.Validity;

/**
 * Turns a bt4j order into the IB order that is placed: BUY/SELL and the absolute size; MKT, MOC
 * (Close), LMT, STP, STP LMT, TRAIL and TRAIL LIMIT with their price fields rounded to the
 * contract's minimum tick (IB rejects other prices); time in force GTC, DAY, or GTD sent in
 * IB's explicit UTC form {@code yyyyMMdd-HH:mm:ss} (never a zone-less local time); bracket
 * children carry their parent's IB id, and {@code transmit} is passed through; OCO orders share an
 * OCA group (type 1: cancel the others). Stateless.
 */
public final class IbOrderMapper {

    private IbOrderMapper() {
    }

    /**
     * The IB order for {@code o}.
     *
     * @param orderId  IB order id
     * @param parentId IB id of the bracket parent, 0 for none
     * @param ocaGroup OCA group name, empty for none
     * @param validity the validity the order was created with (null = GTC)
     * @param minTick  the contract's minimum tick (0 = no rounding)
     */
    public static org.bt4j.ib.wire.Order toIb(Order o, int orderId, int clientId, String account, int parentId,
                                              String ocaGroup, Validity validity, double minTick) {
        org.bt4j.ib.wire.Order.Builder b = org.bt4j.ib.wire.Order.builder().orderId(orderId).clientId(clientId)
                .account(account == null ? "" : account).action(o.isBuy() ? "BUY" : "SELL")
                .totalQuantity(Math.abs(o.size())).parentId(parentId).transmit(o.transmit())
                .orderRef("bt4j-" + o.ref());
        double price = Double.isNaN(o.priceArgument()) ? o.createdPrice() : o.priceArgument();
        ExecType t = o.execType();
        switch (t) {
            case Market:
                b.orderType("MKT");
                break;
            case Close:
                b.orderType("MOC");
                break;
            case Limit:
                b.orderType("LMT").lmtPrice(tick(price, minTick));
                break;
            case Stop:
                b.orderType("STP").auxPrice(tick(price, minTick));
                break;
            case StopLimit:
                b.orderType("STP LMT").auxPrice(tick(price, minTick)).lmtPrice(tick(o.createdPriceLimit(), minTick));
                break;
            case StopTrail:
                b.orderType("TRAIL");
                trail(b, o, minTick);
                break;
            case StopTrailLimit:
                b.orderType("TRAIL LIMIT").trailStopPrice(tick(o.createdPrice(), minTick))
                        .lmtPrice(tick(o.createdPriceLimit(), minTick));
                trail(b, o, minTick);
                break;
            default:
                throw new IllegalArgumentException("IB cannot place " + t + " orders");
        }
        if (validity == null || validity.isGtc()) {
            b.tif("GTC");
        } else if (validity == Validity.day()) {
            b.tif("DAY");
        } else {
            b.tif("GTD").goodTillDate(TwsTime.utc(o.valid()));
        }
        if (ocaGroup != null && !ocaGroup.isEmpty()) {
            b.ocaGroup(ocaGroup).ocaType(1);
        }
        return b.build();
    }

    private static void trail(org.bt4j.ib.wire.Order.Builder b, Order o, double minTick) {
        if (o.trailAmount() != 0) {
            b.auxPrice(tick(o.trailAmount(), minTick));
        } else if (o.trailPercent() != 0) {
            b.trailingPercent(o.trailPercent() * 100.0);
        } else {
            throw new IllegalArgumentException("a trailing order needs trailamount or trailpercent");
        }
    }

    /** {@code price} rounded to the nearest multiple of {@code minTick} (unchanged when minTick is 0). */
    public static double tick(double price, double minTick) {
        if (!(minTick > 0) || Double.isNaN(price)) {
            return price;
        }
        BigDecimal t = BigDecimal.valueOf(minTick);
        return BigDecimal.valueOf(price).divide(t, 0, RoundingMode.HALF_EVEN).multiply(t).doubleValue();
    }
}
