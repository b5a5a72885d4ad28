package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreNotice}: the id, code and text of each kind, and the printed form backtrader's
 * ibtest shows (IbPy's error message: {@code <error id=…, errorCode=…, errorMsg=…>}).
 */
class StoreNoticeTest {

    @Test
    void eachKindKeepsItsIdCodeAndTextAndPrintsAsBacktrader() {
        StoreNotice error = new StoreNotice.Error(-1, 2104, "Market data farm connection is OK:usfarm");
        assertEquals("<error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>", error.toString());
        StoreNotice own = new StoreNotice.Notice(354, "<market data: no subscription for TWTR (error 354)>");
        assertEquals(List.of(-1, 354, "<market data: no subscription for TWTR (error 354)>"),
            List.of(own.id(), own.code(), own.message()));
        assertEquals(own.message(), own.toString());
        StoreNotice other = new StoreNotice.Message(new Object() {
            @Override
            public String toString() {
                return "<nextValidId orderId=1>";
            }
        });
        assertEquals(List.of(-1, 0, "<nextValidId orderId=1>", "<nextValidId orderId=1>"),
            List.of(other.id(), other.code(), other.message(), other.toString()));
    }

    @Test
    void aNoticeWithoutTextIsRefused() {
        assertThrows(NullPointerException.class, () -> new StoreNotice.Error(1, 200, null));
        assertThrows(NullPointerException.class, () -> new StoreNotice.Notice(0, null));
        assertThrows(NullPointerException.class, () -> new StoreNotice.Message(null));
    }
}
