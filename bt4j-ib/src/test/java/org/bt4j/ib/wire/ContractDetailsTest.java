package org.bt4j.ib.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDetailsTest {

    private static final Contract ES = new Contract(620731015, "ES", "FUT", "20250620", 0, "", "50", "CME", "",
            "USD", "ESM5", "ES", "", "");

    private static ContractDetails.Builder es() {
        return ContractDetails.builder(ES).marketName("ES").minTick(0.25).timeZoneId("US/Central")
                .lastTradeDate("20250620");
    }

    private static String write(ContractDetails d, int version) {
        FieldWriter w = new FieldWriter();
        d.write(w, version);
        return w.toString();
    }

    private static ContractDetails read(String vector, int version) {
        FieldReader r = new FieldReader(vector.replace('|', '\0').getBytes(StandardCharsets.UTF_8));
        ContractDetails d = ContractDetails.read(r, version);
        assertFalse(r.hasMore(), "fields left over");
        return d;
    }

    /** The encoded details with the third field (lastTradeDateOrContractMonth) replaced. */
    private static String withExpiryField(String vector, String expiry) {
        String[] f = vector.split("\\|", -1);
        f[2] = expiry;
        return String.join("|", f);
    }

    @Test
    void expiryFieldCarriesTimeAndZoneSeparatedBySpaces() {
        String v = write(es().lastTradeTime("08:30").lastTradeTimeZone("US/Central").build(), 187);
        assertTrue(v.startsWith("ES|FUT|20250620 08:30 US/Central|20250620|"), v);
        ContractDetails d = read(v, 187);
        assertEquals("20250620", d.contract().lastTradeDateOrContractMonth());
        assertEquals("08:30", d.lastTradeTime());
        assertEquals("US/Central", d.lastTradeTimeZone());
    }

    @Test
    void timeWithoutZoneIsWrittenAlone() {
        String v = write(es().lastTradeTime("08:30").build(), 187);
        assertTrue(v.startsWith("ES|FUT|20250620 08:30|"), v);
        assertEquals("", read(v, 187).lastTradeTimeZone());
    }

    @Test
    void expiryFieldMayUseADashBeforeTheTime() {
        String v = withExpiryField(write(es().build(), 187), "20250620-08:30");
        ContractDetails d = read(v, 187);
        assertEquals("20250620", d.contract().lastTradeDateOrContractMonth());
        assertEquals("08:30", d.lastTradeTime());
        assertEquals("", d.lastTradeTimeZone());
    }

    @Test
    void contractMonthAloneHasNoTime() {
        ContractDetails d = read(withExpiryField(write(es().build(), 187), "202506"), 187);
        assertEquals("202506", d.contract().lastTradeDateOrContractMonth());
        assertEquals("", d.lastTradeTime());
        ContractDetails stock = read(withExpiryField(write(es().build(), 187), ""), 187);
        assertEquals("", stock.contract().lastTradeDateOrContractMonth());
    }

    @Test
    void securityIdsRoundTrip() {
        ContractDetails d = es().addSecId("ISIN", "US0378331005").addSecId("CUSIP", "037833100").build();
        ContractDetails back = read(write(d, 187), 187);
        assertEquals(List.of(new TagValue("ISIN", "US0378331005"), new TagValue("CUSIP", "037833100")),
                back.secIdList());
    }

    @Test
    void ineligibilityReasonsExistFromVersion186() {
        String at185 = write(es().build(), 185);
        String withReasons = at185 + "2|r1|no permission|r2|closing only|";
        ContractDetails d = read(withReasons, 186);
        assertEquals(List.of(new TagValue("r1", "no permission"), new TagValue("r2", "closing only")),
                d.ineligibilityReasons());
        assertEquals(withReasons, write(d, 186));
        assertEquals(at185, write(d, 185), "an older peer gets no reasons list");
        assertEquals(List.of(), read(at185, 186).ineligibilityReasons(), "a message without the list still reads");
    }

    @Test
    void builderDefaultsAreNeutral() {
        ContractDetails d = ContractDetails.builder(ES).build();
        assertEquals(0.01, d.minTick());
        assertEquals(1, d.priceMagnifier());
        assertEquals(Wire.UNSET_INTEGER, d.aggGroup());
        assertEquals(Wire.UNSET_DOUBLE, d.evMultiplier());
        assertEquals(1.0, d.minSize());
        assertEquals(1.0, d.sizeIncrement());
        assertEquals(1.0, d.suggestedSizeIncrement());
        assertEquals("", d.lastTradeTime());
    }

    @Test
    void listsAreCopied() {
        ContractDetails d = es().addSecId("ISIN", "X").build();
        assertThrows(UnsupportedOperationException.class, () -> d.secIdList().add(new TagValue("a", "b")));
        ContractDetails.Builder b = es().addSecId("ISIN", "X");
        ContractDetails first = b.build();
        b.addSecId("CUSIP", "Y");
        assertEquals(1, first.secIdList().size(), "later builder changes do not leak into a built value");
    }
}
