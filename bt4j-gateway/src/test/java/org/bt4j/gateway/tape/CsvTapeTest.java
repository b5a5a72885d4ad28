package org.bt4j.gateway.tape;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bt4j.BadInputException;
import org.bt4j.gateway.market.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTapeTest {

    static final long S = 1_000_000_000L;

    @Test
    void expandsMinuteBarsIntoFourTradesShiftedByWholeWeeks(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "datetime,open,high,low,close,volume,openinterest\n"
                + "2020-03-02 09:30:00,50.01,50.17,49.92,50.07,6749,0\n"
                + "2020-03-02 09:31:00,50.06,50.16,50.01,50.05,4032,0\n");
        long now = Instant.parse("2024-01-05T15:00:00Z").getEpochSecond() * S;
        CsvTape tape = CsvTape.read(f, now);
        Instrument aapl = SyntheticTapeTest.U.byConId(265598);
        TapeCursor c = tape.cursor(aapl, 0);
        double[] prices = new double[8];
        double vol = 0;
        long first = 0;
        for (int i = 0; i < 8; i++) {
            assertTrue(c.next(Long.MAX_VALUE));
            prices[i] = c.tradePrice();
            vol += c.tradeSize();
            assertTrue(c.bid() < c.tradePrice() && c.ask() > c.tradePrice());
            if (i == 0) {
                first = c.time();
            }
        }
        assertFalse(c.next(Long.MAX_VALUE));
        assertArrayEquals(new double[] {50.01, 49.92, 50.17, 50.07, 50.06, 50.16, 50.01, 50.05}, prices);
        assertEquals(6749 + 4032, vol);
        long original = Instant.parse("2020-03-02T14:30:00Z").getEpochSecond() * S;
        assertEquals(0, (first - original) % (7 * 86_400 * S), "shifted by whole weeks");
        assertTrue(Math.abs(first - now) < 7 * 86_400 * S);
    }

    @Test
    void badRowsNameFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "Date,Open,High,Low,Close,Volume\n2020-01-02,1,2,0.5,1.5,10\n2020-01-03,1,0.9,0.5,1.5,10\n");
        var e = assertThrows(BadInputException.class, () -> CsvTape.read(f, 0));
        assertEquals(f + ":3: high 0.9 is below the close 1.5 (--accept-bad-bars loads such rows)", e.getMessage());
        assertEquals(f, CsvTape.read(f, 0, false).file(), "accepted when asked");
        String[][] bad = {
            {"2020-01-03,1,2,0.5,NaN,10", "close is NaN, not a finite price"},
            {"2020-01-03,0,2,0.5,1.5,10", "open is 0.0, not a positive price"},
            {"2020-01-03,1,Infinity,0.5,1.5,10", "high is Infinity, not a finite price"},
            {"2020-01-03,1,2,0.5,1.5,-10", "volume is -10.0, not a finite number >= 0"},
            {"2020-01-03,1,2,1.2,1.5,10", "low 1.2 is above the open 1.0"},
        };
        for (String[] b : bad) {
            Files.writeString(f, "Date,Open,High,Low,Close,Volume\n2020-01-02,1,2,0.5,1.5,10\n" + b[0] + "\n");
            assertEquals(f + ":3: " + b[1] + " (--accept-bad-bars loads such rows)",
                    assertThrows(BadInputException.class, () -> CsvTape.read(f, 0)).getMessage(), b[0]);
        }
        Files.writeString(f, "Date,Open,High,Low,Close,Volume\n2020-01-02,1,2,0.5,1.5,10\n2020-01-03,1,x,0.5,1.5,10\n");
        assertTrue(assertThrows(BadInputException.class, () -> CsvTape.read(f, 0)).getMessage()
                .startsWith(f + ":3: bad bar"), "a row that does not parse");
    }
}
