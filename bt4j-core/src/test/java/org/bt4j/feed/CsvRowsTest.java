package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;

/** {@link CsvRows}: rows of a reader as checked bars, and continuing after the rows of another part. */
class CsvRowsTest {

    private static final Path FILE = Path.of("f.csv");

    /** Rows "seconds,close"; the close "skip" drops the row. */
    private static CsvRows rows(String text, long linesBefore) {
        CsvLineReader r = new CsvLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
        return new CsvRows(FILE, linesBefore == 0 ? r : r.partAfter(linesBefore), (byte) ',', true, (row, bar) -> {
            if (row.equals(1, "skip")) {
                return CsvFeed.RowParser.SKIP;
            }
            long t = row.unixSeconds(0, false, "time");
            double c = row.number(1, "close");
            bar.set(t, c, c, c, c, 1, 0);
            return t;
        });
    }

    @Test
    void deliversCheckedRowsAndCountsWhatItSaw() throws Exception {
        CsvRows r = rows("1,10\n\n2,skip\n3,11\n", 0);
        Bar bar = new Bar();
        assertTrue(r.next(bar));
        assertEquals(10.0, bar.close);
        assertTrue(r.next(bar));
        assertEquals(11.0, bar.close);
        assertEquals(4, r.lastRawLine());
        assertEquals(3_000_000_000L, r.lastRaw());
        assertFalse(r.next(bar));
        assertEquals(3, r.rowsSeen(), "blank lines are not rows; skipped ones are");
        assertEquals(4, r.lineNumber());
        BadInputException bad = assertThrows(BadInputException.class, () -> rows("1,-5\n", 0).next(new Bar()));
        assertEquals("f.csv:1: close is -5.0, not a positive price (--accept-bad-bars loads such rows)", bad.getMessage());
    }

    @Test
    void aPartContinuesTheOrderCheckOfTheRowsBeforeIt() throws Exception {
        CsvRows r = rows("5,10\n6,10\n", 100).after(5_000_000_000L, 90);
        BadInputException e = assertThrows(BadInputException.class, () -> r.next(new Bar()));
        assertEquals("f.csv:101: column 1: duplicate timestamp (previous row at line 90)", e.getMessage());
        CsvRows fine = rows("6,10\n", 100).after(5_000_000_000L, 90);
        assertTrue(fine.next(new Bar()));
        assertEquals(101, fine.lastRawLine());
    }
}
