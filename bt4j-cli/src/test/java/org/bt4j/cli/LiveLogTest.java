package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.bt4j.feed.DataStatus;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.junit.jupiter.api.Test;

/** The live log prints ibtest's lines (the layouts themselves: IbtestTextTest). */
class LiveLogTest {

    @Test
    void notificationsAndOrderBlocksInIbtestsLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LiveLog log = new LiveLog(out, () -> 0L, () -> ZoneOffset.UTC, ref -> null);
        log.store(new org.bt4j.feed.StoreNotice.Error(-1, 2104, "Market data farm connection is OK:usfarm"));
        log.data(DataStatus.LIVE);
        Order o = Order.create(1, true, null, IbtestTextTest.seedBar(), 10, OrderArgs.of().exectype(ExecType.Market));
        o.submit();
        log.notifyOrder(o);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("***** STORE NOTIF: <error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>",
                lines.get(0));
        assertEquals("***** DATA NOTIF: LIVE", lines.get(1));
        assertEquals("-------------------------------------------------- ORDER BEGIN " + IbtestText.now(0L), lines.get(2));
        assertEquals("Ref: 1", lines.get(3));
        assertEquals("-------------------------------------------------- ORDER END", lines.get(lines.size() - 1));
        assertEquals("Datetime, Open, High, Low, Close, Volume, OpenInterest", LiveLog.header());
    }
}
