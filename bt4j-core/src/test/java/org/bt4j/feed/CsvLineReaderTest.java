package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvLineReaderTest {

    @Test
    void linesAcrossBufferBoundariesAndLongLines() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",a,,b\r\n");
        }
        String longLine = "x".repeat(200_000);
        sb.append(longLine).append('\n').append("last,1");
        CsvLineReader r = new CsvLineReader(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.US_ASCII)));
        for (int i = 0; i < 20_000; i++) {
            assertTrue(r.nextLine());
            assertEquals(4, r.split((byte) ','));
            assertTrue(r.fieldEquals(0, Integer.toString(i)));
            assertTrue(r.isEmpty(2));
            assertEquals("b", r.fieldText(3), "\\r is stripped");
        }
        assertTrue(r.nextLine());
        assertEquals(longLine, r.lineText());
        assertTrue(r.nextLine());
        assertEquals(20_002, r.lineNumber());
        assertEquals(2, r.split((byte) ','));
        assertFalse(r.nextLine());
    }

    @Test
    void aPartOfAFileNumbersOnAndKeepsAByteOrderMarkAsData() throws Exception {
        byte[] text = "\uFEFFa,b\nc".getBytes(StandardCharsets.UTF_8);
        CsvLineReader whole = new CsvLineReader(new ByteArrayInputStream(text));
        assertTrue(whole.nextLine());
        assertEquals("a,b", whole.lineText(), "the file's own mark is skipped");
        assertEquals(1, whole.lineNumber());
        CsvLineReader part = new CsvLineReader(new ByteArrayInputStream(text)).partAfter(41);
        assertTrue(part.nextLine());
        assertEquals("\uFEFFa,b", part.lineText(), "a part's first line is not the file's");
        assertEquals(42, part.lineNumber());
        assertTrue(part.nextLine());
        assertEquals(43, part.lineNumber());
        assertFalse(part.nextLine());
    }
}
