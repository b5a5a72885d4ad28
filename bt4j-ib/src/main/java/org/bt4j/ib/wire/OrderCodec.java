package org.bt4j.ib.wire;

/**
 * The three long order layouts of the protocol — placeOrder (client to server), openOrder and
 * completedOrder (server to client) — written and read field by field, each field exactly when the
 * negotiated version reaches its gate in {@link ServerVersion} (100..187). bt4j keeps the order
 * fields of {@link Order}; every other field is written with the value IB's own client (for
 * placeOrder) or TWS (for openOrder) sends, and skipped when read, including the optional
 * groups whose presence depends on an earlier field (delta-neutral, scale, hedge, algo, combo
 * legs, PEG orders). Order conditions are not supported and are refused when read.
 *
 * <p>Threading: stateless.
 */
final class OrderCodec {

    private static final double U = Wire.UNSET_DOUBLE;
    /** placeOrder's message version, sent before server version 145. */
    private static final int PLACE_ORDER_VERSION = 45;
    /** openOrder's message version TWS sent before server version 145 (every field of the layout). */
    private static final int OPEN_ORDER_VERSION = 34;
    private static final String PEG_BEST = "PEG BEST";
    private static final String PEG_MID = "PEG MID";
    /** The openOrder version a legacy session gets: the newest IbPy reads (multiplier and tradingClass, 32). */
    private static final int LEGACY_OPEN_ORDER_VERSION = 32;

    private OrderCodec() {
    }

    // ------------------------------------------------------------------ placeOrder

    static void writePlaceOrder(FieldWriter w, int v, ClientMessage.PlaceOrder m) {
        Order o = m.order();
        Contract c = m.contract();
        w.putInt(ClientMsgId.PLACE_ORDER);
        if (v < ServerVersion.ORDER_CONTAINER) {
            w.putInt(PLACE_ORDER_VERSION);
        }
        w.putInt(m.orderId());
        c.writeBlock(w);
        w.putString(c.secIdType()).putString(c.secId()).putString(o.action());
        if (v >= ServerVersion.FRACTIONAL_POSITIONS) {
            w.putDecimal(o.totalQuantity());
        } else {
            w.putLong((long) o.totalQuantity());
        }
        w.putString(o.orderType()).putRequestDoubleMax(o.lmtPrice()).putRequestDoubleMax(o.auxPrice())
                .putString(o.tif()).putString(o.ocaGroup()).putString(o.account()).putString(o.openClose())
                .putInt(o.origin()).putString(o.orderRef()).putBool(o.transmit()).putInt(o.parentId())
                .putBool(false).putBool(false).putInt(0).putInt(o.triggerMethod()).putBool(o.outsideRth())
                .putBool(o.hidden());
        if ("BAG".equals(c.secType())) {
            w.putInt(0).putInt(0).putInt(0); // combo legs, order combo legs, smart combo routing params
        }
        w.putEmpty().putInt(0).putString(o.goodAfterTime()).putString(o.goodTillDate());
        empties(w, 3); // faGroup, faMethod, faPercentage
        if (v < ServerVersion.FA_PROFILE_DESUPPORT) {
            w.putEmpty();
        }
        if (v >= ServerVersion.MODELS_SUPPORT) {
            w.putEmpty(); // modelCode
        }
        w.putInt(0).putEmpty().putInt(-1).putInt(o.ocaType()).putEmpty().putEmpty().putBool(false).putEmpty()
                .putEmpty().putBool(false).putBool(false).putEmpty().putInt(0);
        empties(w, 5); // startingPrice .. stockRangeUpper
        w.putBool(false); // overridePercentageConstraints
        empties(w, 4); // volatility, volatilityType, deltaNeutralOrderType, deltaNeutralAuxPrice
        w.putBool(false).putEmpty().putRequestDoubleMax(o.trailStopPrice()).putRequestDoubleMax(o.trailingPercent());
        empties(w, 3); // scale sizes and increment
        empties(w, 3); // scaleTable, activeStartTime, activeStopTime
        w.putEmpty().putBool(false).putEmpty().putEmpty().putBool(false).putBool(false).putEmpty().putEmpty()
                .putBool(o.whatIf()).putEmpty().putBool(false).putBool(false).putBool(false);
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            w.putInt(0).putEmpty(); // conditions, adjustedOrderType
            for (int i = 0; i < 5; i++) {
                w.putRequestDouble(U); // triggerPrice, lmtPriceOffset, adjusted stop/stop limit/trailing amount
            }
            w.putInt(0); // adjustableTrailingUnit
        }
        if (v >= ServerVersion.EXT_OPERATOR) {
            w.putEmpty();
        }
        if (v >= ServerVersion.SOFT_DOLLAR_TIER) {
            w.putEmpty().putEmpty();
        }
        if (v >= ServerVersion.CASH_QTY) {
            w.putRequestDouble(U);
        }
        if (v >= ServerVersion.DECISION_MAKER) {
            w.putEmpty().putEmpty();
        }
        if (v >= ServerVersion.MIFID_EXECUTION) {
            w.putEmpty().putEmpty();
        }
        writeHedgeToAutoCancelParent(w, v, true);
        if (v >= ServerVersion.ADVANCED_ORDER_REJECT) {
            w.putEmpty();
        }
        if (v >= ServerVersion.MANUAL_ORDER_TIME) {
            w.putEmpty();
        }
        if (v >= ServerVersion.PEGBEST_PEGMID_OFFSETS) {
            if ("IBKRATS".equals(c.exchange())) {
                w.putEmpty(); // minTradeQty
            }
            if (PEG_BEST.equals(o.orderType()) || PEG_MID.equals(o.orderType())) {
                w.putEmpty().putEmpty(); // minCompeteSize + compete offset, or the two mid offsets
            }
        }
        if (v >= ServerVersion.CUSTOMER_ACCOUNT) {
            w.putEmpty();
        }
        if (v >= ServerVersion.PROFESSIONAL_CUSTOMER) {
            w.putBool(false);
        }
        if (v >= ServerVersion.RFQ_FIELDS) {
            w.putEmpty().putInt(Wire.UNSET_INTEGER);
        }
    }

    static ClientMessage.PlaceOrder readPlaceOrder(FieldReader r, int v) {
        if (v < ServerVersion.ORDER_CONTAINER) {
            r.readInt();
        }
        int orderId = r.readInt();
        Contract block = Contract.readBlock(r);
        Contract c = new Contract(block.conId(), block.symbol(), block.secType(), block.lastTradeDateOrContractMonth(),
                block.strike(), block.right(), block.multiplier(), block.exchange(), block.primaryExchange(),
                block.currency(), block.localSymbol(), block.tradingClass(), r.readString(), r.readString());
        Order.Builder b = Order.builder().orderId(orderId).action(r.readString()).totalQuantity(r.readDecimal())
                .orderType(r.readString()).lmtPrice(r.readDoubleMax()).auxPrice(r.readDoubleMax())
                .tif(r.readString()).ocaGroup(r.readString()).account(r.readString()).openClose(r.readString())
                .origin(r.readInt()).orderRef(r.readString()).transmit(r.readBool()).parentId(r.readInt());
        r.skip(3); // blockOrder, sweepToFill, displaySize
        b.triggerMethod(r.readInt()).outsideRth(r.readBool()).hidden(r.readBool());
        if ("BAG".equals(c.secType())) {
            r.skip(8 * r.readInt());
            r.skip(r.readInt());
            r.skip(2 * r.readInt());
        }
        r.skip(2); // sharesAllocation, discretionaryAmt
        b.goodAfterTime(r.readString()).goodTillDate(r.readString());
        r.skip(3 + faProfileAndModelCode(v)); // FA fields, modelCode
        r.skip(3); // shortSaleSlot, designatedLocation, exemptCode
        b.ocaType(r.readInt());
        r.skip(15); // rule80A .. overridePercentageConstraints
        r.skip(2); // volatility, volatilityType
        String dnType = r.readString();
        r.skip(1); // deltaNeutralAuxPrice
        if (!dnType.isEmpty()) {
            r.skip(8);
        }
        r.skip(2); // continuousUpdate, referencePriceType
        b.trailStopPrice(r.readDoubleMax()).trailingPercent(r.readDoubleMax());
        skipScale(r);
        r.skip(3); // scaleTable, activeStartTime, activeStopTime
        skipHedge(r);
        r.skip(4); // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
        skipDeltaNeutralContract(r);
        skipAlgo(r);
        if (v < ServerVersion.MIN_FRAMED) {
            return new ClientMessage.PlaceOrder(orderId, c, b.whatIf(r.readBool()).build()); // legacy ends here
        }
        r.skip(1); // algoId
        b.whatIf(r.readBool());
        r.skip(4); // orderMiscOptions, solicited, randomizeSize, randomizePrice
        Order order = b.build();
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            skipPegBenchAndConditions(r, order);
            r.skip(7); // adjustedOrderType .. adjustableTrailingUnit
        }
        r.skip(gated(v, ServerVersion.EXT_OPERATOR, 1, ServerVersion.SOFT_DOLLAR_TIER, 2, ServerVersion.CASH_QTY, 1,
                ServerVersion.DECISION_MAKER, 2, ServerVersion.MIFID_EXECUTION, 2, ServerVersion.AUTO_PRICE_FOR_HEDGE, 1,
                ServerVersion.ORDER_CONTAINER, 1, ServerVersion.D_PEG_ORDERS, 1, ServerVersion.PRICE_MGMT_ALGO, 1,
                ServerVersion.DURATION, 1, ServerVersion.POST_TO_ATS, 1, ServerVersion.AUTO_CANCEL_PARENT, 1,
                ServerVersion.ADVANCED_ORDER_REJECT, 1, ServerVersion.MANUAL_ORDER_TIME, 1));
        if (v >= ServerVersion.PEGBEST_PEGMID_OFFSETS) {
            if ("IBKRATS".equals(c.exchange())) {
                r.skip(1); // minTradeQty
            }
            if (PEG_BEST.equals(order.orderType())) {
                r.skip(1); // minCompeteSize
                if (r.readDoubleMax() == Double.POSITIVE_INFINITY) {
                    r.skip(2); // compete up to mid: mid offsets follow
                }
            } else if (PEG_MID.equals(order.orderType())) {
                r.skip(2);
            }
        }
        r.skipOptional(gated(v, ServerVersion.CUSTOMER_ACCOUNT, 1, ServerVersion.PROFESSIONAL_CUSTOMER, 1,
                ServerVersion.RFQ_FIELDS, 2));
        return new ClientMessage.PlaceOrder(orderId, c, order);
    }

    // ------------------------------------------------------------------ openOrder

    static void writeOpenOrder(FieldWriter w, int v, ServerMessage.OpenOrder m) {
        Order o = m.order();
        OrderState s = m.state();
        w.putInt(ServerMsgId.OPEN_ORDER);
        if (v < ServerVersion.ORDER_CONTAINER) {
            w.putInt(v < ServerVersion.MIN_FRAMED ? LEGACY_OPEN_ORDER_VERSION : OPEN_ORDER_VERSION);
        }
        w.putInt(o.orderId());
        m.contract().writeShort(w, false);
        w.putString(o.action()).putSize(o.totalQuantity(), v >= ServerVersion.MIN_FRAMED) // legacy: an integer
                .putString(o.orderType()).putDoubleMax(o.lmtPrice())
                .putDoubleMax(o.auxPrice()).putString(o.tif()).putString(o.ocaGroup()).putString(o.account())
                .putString(o.openClose()).putInt(o.origin()).putString(o.orderRef()).putInt(o.clientId())
                .putLong(o.permId()).putBool(o.outsideRth()).putBool(o.hidden()).putDouble(0.0)
                .putString(o.goodAfterTime()).putEmpty();
        writeFaAndModelCode(w, v);
        w.putString(o.goodTillDate()).putEmpty().putEmpty().putEmpty().putInt(0).putEmpty().putInt(-1).putInt(0);
        empties(w, 5); // startingPrice .. stockRangeUpper
        w.putInt(Wire.UNSET_INTEGER).putBool(false).putBool(false).putBool(false).putEmpty().putInt(o.ocaType())
                .putBool(false).putBool(false).putEmpty().putInt(o.parentId()).putInt(o.triggerMethod());
        writeTwsVolatilityBlock(w, true);
        w.putDoubleMax(o.trailStopPrice()).putDoubleMax(o.trailingPercent()).putEmpty().putEmpty();
        w.putEmpty().putInt(0).putInt(0).putInt(0); // combo legs description and counts
        empties(w, 3); // scale
        w.putEmpty().putBool(false).putEmpty().putString("IB").putBool(false).putBool(false).putEmpty();
        if (v >= ServerVersion.MIN_FRAMED) {
            w.putBool(false); // solicited (IB's gate 73: absent for a legacy client of version 62)
        }
        w.putBool(o.whatIf()).putString(s.status());
        for (int i = v >= ServerVersion.WHAT_IF_EXT_FIELDS ? 9 : 3; i > 0; i--) {
            w.putDouble(U); // margins before, change (from 142) and after
        }
        w.putDouble(s.commission()).putDouble(s.minCommission()).putDouble(s.maxCommission())
                .putString(s.commissionCurrency()).putString(s.warningText());
        if (v < ServerVersion.MIN_FRAMED) {
            return; // the legacy layout (version 32) ends with the warning text
        }
        w.putBool(false).putBool(false); // randomizeSize, randomizePrice
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            w.putInt(0).putString("None").putDouble(U).putDouble(o.trailStopPrice()).putDouble(U).putDouble(U)
                    .putDouble(U).putDouble(U).putInt(0); // conditions, adjustedOrderType .. adjustableTrailingUnit
        }
        if (v >= ServerVersion.SOFT_DOLLAR_TIER) {
            empties(w, 3);
        }
        if (v >= ServerVersion.CASH_QTY) {
            w.putDouble(U);
        }
        writeHedgeToAutoCancelParent(w, v, false);
        writeCustomerTail(w, v);
        if (v >= ServerVersion.BOND_ACCRUED_INTEREST) {
            w.putEmpty();
        }
    }

    static ServerMessage.OpenOrder readOpenOrder(FieldReader r, int v) {
        if (v < ServerVersion.ORDER_CONTAINER) {
            r.readInt();
        }
        int orderId = r.readInt();
        Contract c = Contract.readShort(r, false);
        Order.Builder b = Order.builder().orderId(orderId);
        readActionToOrderRef(r, b);
        b.clientId(r.readInt()).permId(r.readLong()).outsideRth(r.readBool()).hidden(r.readBool());
        r.skip(1); // discretionaryAmt
        b.goodAfterTime(r.readString());
        r.skip(1); // sharesAllocation
        r.skip(3 + faProfileAndModelCode(v)); // FA fields, modelCode
        b.goodTillDate(r.readString());
        r.skip(7); // rule80A, percentOffset, settlingFirm, shortSaleSlot, designatedLocation, exemptCode, auctionStrategy
        r.skip(5 + 1 + 3 + 1); // box/peg prices, displaySize, blockOrder, sweepToFill, allOrNone, minQty
        b.ocaType(r.readInt());
        r.skip(3); // eTradeOnly, firmQuoteOnly, nbboPriceCap
        b.parentId(r.readInt()).triggerMethod(r.readInt());
        skipVolatilityBlock(r, 8);
        b.trailStopPrice(r.readDoubleMax()).trailingPercent(r.readDoubleMax());
        r.skip(2); // basisPoints, basisPointsType
        skipComboLegs(r);
        skipScale(r);
        skipHedge(r);
        r.skip(4); // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
        skipDeltaNeutralContract(r);
        skipAlgo(r);
        r.skip(1); // solicited
        b.whatIf(r.readBool());
        String status = r.readString();
        r.skip(v >= ServerVersion.WHAT_IF_EXT_FIELDS ? 9 : 3); // margins
        double commission = r.readDoubleMax();
        double minCommission = r.readDoubleMax();
        double maxCommission = r.readDoubleMax();
        String commissionCurrency = r.readString();
        String warning = r.readString();
        r.skip(2); // randomizeSize, randomizePrice
        Order order = b.build();
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            skipPegBenchAndConditions(r, order);
        }
        // adjustedOrderType .. midOffsetAtHalf and the version-gated tail: nothing bt4j keeps.
        r.skipOptional(gated(v, ServerVersion.PEGGED_TO_BENCHMARK, 8, ServerVersion.SOFT_DOLLAR_TIER, 3,
                ServerVersion.CASH_QTY, 1, ServerVersion.AUTO_PRICE_FOR_HEDGE, 1, ServerVersion.ORDER_CONTAINER, 1,
                ServerVersion.D_PEG_ORDERS, 1, ServerVersion.PRICE_MGMT_ALGO, 1, ServerVersion.DURATION, 1,
                ServerVersion.POST_TO_ATS, 1, ServerVersion.AUTO_CANCEL_PARENT, 1,
                ServerVersion.PEGBEST_PEGMID_OFFSETS, 5, ServerVersion.CUSTOMER_ACCOUNT, 1,
                ServerVersion.PROFESSIONAL_CUSTOMER, 1, ServerVersion.BOND_ACCRUED_INTEREST, 1));
        OrderState state = new OrderState(status, commission, minCommission, maxCommission, commissionCurrency,
                warning, U, "", "");
        return new ServerMessage.OpenOrder(c, order, state);
    }

    // ------------------------------------------------------------------ completedOrder

    static void writeCompletedOrder(FieldWriter w, int v, ServerMessage.CompletedOrder m) {
        Order o = m.order();
        OrderState s = m.state();
        w.putInt(ServerMsgId.COMPLETED_ORDER);
        m.contract().writeShort(w, false);
        w.putString(o.action()).putDecimal(o.totalQuantity()).putString(o.orderType()).putDoubleMax(o.lmtPrice())
                .putDoubleMax(o.auxPrice()).putString(o.tif()).putString(o.ocaGroup()).putString(o.account())
                .putString(o.openClose()).putInt(o.origin()).putString(o.orderRef()).putLong(o.permId())
                .putBool(o.outsideRth()).putBool(o.hidden()).putDouble(0.0).putString(o.goodAfterTime());
        writeFaAndModelCode(w, v);
        w.putString(o.goodTillDate()).putEmpty().putEmpty().putEmpty().putInt(0).putEmpty().putInt(-1);
        empties(w, 5);
        w.putInt(Wire.UNSET_INTEGER).putBool(false).putBool(false).putEmpty().putInt(o.ocaType())
                .putInt(o.triggerMethod());
        writeTwsVolatilityBlock(w, false);
        w.putDoubleMax(o.trailStopPrice()).putDoubleMax(o.trailingPercent());
        w.putEmpty().putInt(0).putInt(0).putInt(0);
        empties(w, 3);
        w.putEmpty().putEmpty().putString("IB").putBool(false).putBool(false).putEmpty().putBool(false)
                .putString(s.status()).putBool(false).putBool(false);
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            w.putInt(0); // conditions
        }
        w.putDouble(o.trailStopPrice()).putDouble(U); // trailStopPrice, lmtPriceOffset
        if (v >= ServerVersion.CASH_QTY) {
            w.putDouble(U);
        }
        if (v >= ServerVersion.AUTO_PRICE_FOR_HEDGE) {
            w.putBool(false);
        }
        if (v >= ServerVersion.ORDER_CONTAINER) {
            w.putBool(false);
        }
        w.putEmpty().putDecimal(s.filledQuantity()).putInt(0).putBool(false).putEmpty().putBool(false).putBool(false)
                .putLong(Wire.UNSET_LONG).putString(s.completedTime()).putString(s.completedStatus());
        writeCustomerTail(w, v);
    }

    static ServerMessage.CompletedOrder readCompletedOrder(FieldReader r, int v) {
        Contract c = Contract.readShort(r, false);
        Order.Builder b = Order.builder();
        readActionToOrderRef(r, b);
        b.permId(r.readLong()).outsideRth(r.readBool()).hidden(r.readBool());
        r.skip(1); // discretionaryAmt
        b.goodAfterTime(r.readString());
        r.skip(3 + faProfileAndModelCode(v));
        b.goodTillDate(r.readString());
        r.skip(6); // rule80A, percentOffset, settlingFirm, shortSaleSlot, designatedLocation, exemptCode
        r.skip(5 + 1 + 2 + 1); // prices, displaySize, sweepToFill, allOrNone, minQty
        b.ocaType(r.readInt()).triggerMethod(r.readInt());
        skipVolatilityBlock(r, 4);
        b.trailStopPrice(r.readDoubleMax()).trailingPercent(r.readDoubleMax());
        skipComboLegs(r);
        skipScale(r);
        skipHedge(r);
        r.skip(3); // clearingAccount, clearingIntent, notHeld
        skipDeltaNeutralContract(r);
        skipAlgo(r);
        r.skip(1); // solicited
        String status = r.readString();
        r.skip(2);
        Order order = b.build();
        if (v >= ServerVersion.PEGGED_TO_BENCHMARK) {
            skipPegBenchAndConditions(r, order);
        }
        // trailStopPrice, lmtPriceOffset, cashQty, dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate
        r.skip(3 + gated(v, ServerVersion.CASH_QTY, 1, ServerVersion.AUTO_PRICE_FOR_HEDGE, 1,
                ServerVersion.ORDER_CONTAINER, 1));
        double filled = r.readDecimal();
        r.skip(6); // refFuturesConId, autoCancelParent, shareholder, imbalanceOnly, routeMarketableToBbo, parentPermId
        String completedTime = r.readString();
        String completedStatus = r.readString();
        r.skipOptional(gated(v, ServerVersion.PEGBEST_PEGMID_OFFSETS, 5, ServerVersion.CUSTOMER_ACCOUNT, 1,
                ServerVersion.PROFESSIONAL_CUSTOMER, 1));
        return new ServerMessage.CompletedOrder(c, order,
                new OrderState(status, U, U, U, "", "", filled, completedTime, completedStatus));
    }

    /**
     * The sum of the field counts whose gate {@code v} has reached.
     *
     * @param gatesAndCounts pairs (gate, number of fields the gate adds)
     */
    private static int gated(int v, int... gatesAndCounts) {
        int n = 0;
        for (int i = 0; i < gatesAndCounts.length; i += 2) {
            if (v >= gatesAndCounts[i]) {
                n += gatesAndCounts[i + 1];
            }
        }
        return n;
    }

    /** @return the fields after faPercentage: faProfile before 177, modelCode from 103 */
    private static int faProfileAndModelCode(int v) {
        return (v < ServerVersion.FA_PROFILE_DESUPPORT ? 1 : 0) + (v >= ServerVersion.MODELS_SUPPORT ? 1 : 0);
    }

    /** faGroup, faMethod, faPercentage, faProfile (before 177), modelCode (from 103), all empty. */
    private static void writeFaAndModelCode(FieldWriter w, int v) {
        empties(w, 3 + faProfileAndModelCode(v));
    }

    /**
     * dontUseAutoPriceForHedge (141), isOmsContainer (145), discretionaryUpToLimitPrice (148),
     * usePriceMgmtAlgo (151: empty in a request, 0 from TWS), duration (158), postToAts (160),
     * autoCancelParent (162), all unset.
     */
    private static void writeHedgeToAutoCancelParent(FieldWriter w, int v, boolean request) {
        if (v >= ServerVersion.AUTO_PRICE_FOR_HEDGE) {
            w.putBool(false);
        }
        if (v >= ServerVersion.ORDER_CONTAINER) {
            w.putBool(false);
        }
        if (v >= ServerVersion.D_PEG_ORDERS) {
            w.putBool(false);
        }
        if (v >= ServerVersion.PRICE_MGMT_ALGO) {
            if (request) {
                w.putEmpty();
            } else {
                w.putBool(false);
            }
        }
        if (v >= ServerVersion.DURATION) {
            w.putInt(Wire.UNSET_INTEGER);
        }
        if (v >= ServerVersion.POST_TO_ATS) {
            w.putInt(Wire.UNSET_INTEGER);
        }
        if (v >= ServerVersion.AUTO_CANCEL_PARENT) {
            w.putBool(false);
        }
    }

    /** The PEG BEST / PEG MID fields (from 170), customerAccount (183), professionalCustomer (184) of TWS's order messages. */
    private static void writeCustomerTail(FieldWriter w, int v) {
        if (v >= ServerVersion.PEGBEST_PEGMID_OFFSETS) {
            w.putInt(Wire.UNSET_INTEGER).putInt(Wire.UNSET_INTEGER).putDouble(U).putDouble(U).putDouble(U);
        }
        if (v >= ServerVersion.CUSTOMER_ACCOUNT) {
            w.putEmpty();
        }
        if (v >= ServerVersion.PROFESSIONAL_CUSTOMER) {
            w.putBool(false);
        }
    }

    // ------------------------------------------------------------------ shared groups

    private static void readActionToOrderRef(FieldReader r, Order.Builder b) {
        b.action(r.readString()).totalQuantity(r.readDecimal()).orderType(r.readString()).lmtPrice(r.readDoubleMax())
                .auxPrice(r.readDoubleMax()).tif(r.readString()).ocaGroup(r.readString()).account(r.readString())
                .openClose(r.readString()).origin(r.readInt()).orderRef(r.readString());
    }

    /** volatility .. referencePriceType as TWS sends it: deltaNeutralOrderType "None" makes the block present. */
    private static void writeTwsVolatilityBlock(FieldWriter w, boolean openOrderAttribs) {
        w.putEmpty().putInt(0).putString("None").putEmpty().putInt(0);
        if (openOrderAttribs) {
            w.putEmpty().putEmpty().putEmpty().putEmpty();
        }
        w.putBool(false).putInt(0).putEmpty();
        w.putBool(false).putInt(0);
    }

    private static void skipVolatilityBlock(FieldReader r, int dnFields) {
        r.skip(2);
        String dnType = r.readString();
        r.skip(1);
        if (!dnType.isEmpty()) {
            r.skip(dnFields);
        }
        r.skip(2); // continuousUpdate, referencePriceType
    }

    private static void skipComboLegs(FieldReader r) {
        r.skip(1); // comboLegsDescrip
        r.skip(8 * r.readInt());
        r.skip(r.readInt());
        r.skip(2 * r.readInt());
    }

    private static void skipScale(FieldReader r) {
        r.skip(2);
        double increment = r.readDoubleMax();
        if (increment != U && increment > 0.0) {
            r.skip(7);
        }
    }

    private static void skipHedge(FieldReader r) {
        if (!r.readString().isEmpty()) {
            r.skip(1);
        }
    }

    private static void skipDeltaNeutralContract(FieldReader r) {
        if (r.readBool()) {
            r.skip(3);
        }
    }

    private static void skipAlgo(FieldReader r) {
        if (!r.readString().isEmpty()) {
            r.skip(2 * r.readInt());
        }
    }

    private static void skipPegBenchAndConditions(FieldReader r, Order order) {
        if ("PEG BENCH".equals(order.orderType())) {
            r.skip(5);
        }
        refuseConditions(r);
    }

    private static void refuseConditions(FieldReader r) {
        int conditions = r.readInt();
        if (conditions > 0) {
            throw new WireFormatException("message " + r.messageId() + ": order conditions are not supported ("
                    + conditions + " given)");
        }
    }

    private static void empties(FieldWriter w, int n) {
        for (int i = 0; i < n; i++) {
            w.putEmpty();
        }
    }
}
