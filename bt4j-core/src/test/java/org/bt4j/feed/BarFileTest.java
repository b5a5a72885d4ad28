package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.bt4j.BadInputException;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarFileTest {

    @TempDir
    Path dir;

    private Path file;
    private byte[] good;

    /** Three bars with distinct values in every column. */
    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("bars.bt4j");
        try (BarFileWriter w = BarFileWriter.create(file, ZoneId.of("America/New_York"), TimeFrame.Minutes, 1,
                LocalTime.of(9, 30), LocalTime.of(16, 0))) {
            for (int i = 0; i < 3; i++) {
                w.append(1_000L * (i + 1), 10 + i, 20 + i, 5 + i, 15 + i, 100 + i, i == 2 ? Double.NaN : 7);
            }
            w.commit();
        }
        good = Files.readAllBytes(file);
    }

    private String openError(byte[] bytes) throws Exception {
        Path p = dir.resolve("bad.bt4j");
        Files.write(p, bytes);
        return assertThrows(BadInputException.class, () -> BarFile.open(p).verify()).getMessage()
            .replace(p.toString(), "FILE");
    }

    private byte[] withHeaderInt(int offset, int value) {
        byte[] b = good.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return b;
    }

    @Test
    void layoutIsHeaderThenColumns() {
        assertEquals(128 + 3 * 7 * 8, good.length);
        assertEquals("BT4JBARS", new String(good, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        ByteBuffer b = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, b.getInt(8));
        assertEquals(128, b.getInt(12));
        assertEquals(3, b.getLong(16));
        assertEquals(4, b.getInt(24)); // Minutes
        assertEquals(1, b.getInt(28));
        assertEquals(LocalTime.of(9, 30).toNanoOfDay(), b.getLong(32));
        assertEquals(LocalTime.of(16, 0).toNanoOfDay(), b.getLong(40));
        assertEquals("America/New_York", new String(good, 77, good[76], java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(2000, b.getLong(128 + 8)); // time column
        assertEquals(11.0, b.getDouble(128 + 3 * 8 + 8)); // open column, second bar
        assertEquals(17.0, b.getDouble(128 + 4 * 3 * 8 + 2 * 8)); // close column, third bar
    }

    @Test
    void opensWithHeaderValuesAndZeroCopyColumns() {
        try (BarFile f = BarFile.open(file)) {
            f.verify();
            assertEquals(3, f.barCount());
            assertEquals(TimeFrame.Minutes, f.timeFrame());
            assertEquals(ZoneId.of("America/New_York"), f.zone());
            assertEquals(LocalTime.of(9, 30), f.sessionStart());
            assertEquals(3000, f.time(2));
            assertEquals(22.0, f.value(DataFeed.HIGH, 2));
            LongBuffer t = f.times();
            assertEquals(3, t.remaining());
            assertTrue(t.isDirect());
            DoubleBuffer oi = f.prices(DataFeed.OPENINTEREST);
            assertTrue(Double.isNaN(oi.get(2)));
            assertTrue(oi.isReadOnly());
            assertThrows(ReadOnlyBufferException.class, () -> oi.put(0, 1.0));
            double[] lows = new double[2];
            f.prices(DataFeed.LOW).get(1, lows, 0, 2);
            assertEquals("[6.0, 7.0]", Arrays.toString(lows));
        }
    }

    @Test
    void columnsAreReadableUntilClosed() {
        BarFile f = BarFile.open(file);
        f.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.time(0));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        try (BarFile g = BarFile.open(file)) {
            assertEquals(2000, g.time(1)); // mapped on this first read
            assertEquals(2000, g.times().get(1));
        }
    }

    @Test
    void recognisesItsSignature() throws Exception {
        assertTrue(BarFile.isBarFile(file));
        assertFalse(BarFile.isBarFile(FeedTestFiles.golden("daily-s1.csv")));
        assertFalse(BarFile.isBarFile(dir.resolve("missing")));
        Files.write(dir.resolve("short"), new byte[] {'B', 'T'});
        assertFalse(BarFile.isBarFile(dir.resolve("short")));
    }

    @Test
    void truncatedAndOverlongFilesAreRefused() throws Exception {
        assertEquals("FILE: truncated bar file: 3 bars need 296 bytes, the file has 295",
            openError(Arrays.copyOf(good, good.length - 1)));
        assertEquals("FILE: truncated bar file: 3 bars need 296 bytes, the file has 128",
            openError(Arrays.copyOf(good, 128)));
        assertEquals("FILE: truncated bar file: the header needs 128 bytes, the file has 100",
            openError(Arrays.copyOf(good, 100)));
        assertEquals("FILE: damaged bar file: 3 bars need 296 bytes, the file has 297 (extra bytes at the end)",
            openError(Arrays.copyOf(good, good.length + 1)));
        assertEquals("FILE: empty file (not a bt4j bar file)", openError(new byte[0]));
    }

    @Test
    void damagedHeaderIsRefusedBeforeItsCountsAreTrusted() throws Exception {
        byte[] b = withHeaderInt(16, 1_000_000); // bar count, checksum now wrong
        assertEquals("FILE: damaged bar file: the header checksum does not match", openError(b));
        byte[] z = good.clone();
        z[80] ^= 1; // a letter of the zone id
        assertEquals("FILE: damaged bar file: the header checksum does not match", openError(z));
    }

    @Test
    void foreignFilesAndOtherVersionsAreRefused() throws Exception {
        byte[] b = good.clone();
        b[3] = 'X';
        assertEquals("FILE: not a bt4j bar file (no BT4JBARS signature)", openError(b));
        assertEquals("FILE: bar file version 2 is not supported (this bt4j reads version 1)",
            openError(withHeaderInt(8, 2)));
    }

    @Test
    void damagedColumnsAreNamed() throws Exception {
        for (int c = 0; c < BarFile.COLUMNS; c++) {
            byte[] b = good.clone();
            b[128 + c * 24 + 9] ^= 0x10;
            assertEquals("FILE: damaged bar file: the " + BarFile.COLUMN_NAMES[c] + " column does not match its checksum",
                openError(b));
        }
    }

    @Test
    void invalidFieldsBehindAValidChecksumAreNamed() throws Exception {
        BarFile.Header header = new BarFile.Header(3, TimeFrame.Minutes, 1, LocalTime.MIDNIGHT, LocalTime.NOON,
            ZoneId.of("UTC"), new int[7]);
        byte[] encoded = BarFile.encode(header).array();
        // a header whose checksum is right but whose timeframe code is not: re-sign it by hand
        ByteBuffer e = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN);
        e.putInt(24, 99);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(encoded, 0, 124);
        e.putInt(124, (int) crc.getValue());
        byte[] b = good.clone();
        System.arraycopy(encoded, 0, b, 0, 128);
        assertEquals("FILE: damaged bar file: invalid timeframe code 99 in the header", openError(b));
    }

    @Test
    void missingFileIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> BarFile.open(dir.resolve("nope.bt4j")));
        assertEquals(dir.resolve("nope.bt4j") + ": no such file", e.getMessage());
    }
}
