package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRangeInputTest {

    @TempDir
    Path dir;

    @Test
    void readsItsRangeByPositionAndCopiesTheRestEitherWay() throws Exception {
        byte[] data = new byte[200_000];
        new Random(9).nextBytes(data);
        Path f = dir.resolve("data.bin");
        Files.write(f, data);
        try (FileChannel ch = FileChannel.open(f)) {
            FileRangeInput in = new FileRangeInput(ch, 10, 150_010);
            assertEquals(data[10] & 0xff, in.read());
            byte[] five = new byte[5];
            assertEquals(5, in.read(five, 0, 5));
            assertArrayEquals(Arrays.copyOfRange(data, 11, 16), five);
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            assertEquals(150_010 - 16, in.transferTo(rest));
            assertArrayEquals(Arrays.copyOfRange(data, 16, 150_010), rest.toByteArray());
            assertEquals(-1, in.read());
            assertEquals(0, ch.position(), "the channel's own position is left alone");

            Path joined = dir.resolve("joined.bin");
            try (AtomicFile a = AtomicFile.open(joined)) {
                a.out().write(7);
                assertEquals(99_000, new FileRangeInput(ch, 1000, 100_000).transferTo(a.out())); // by the kernel
                a.commit();
            }
            byte[] expected = new byte[99_001];
            expected[0] = 7;
            System.arraycopy(data, 1000, expected, 1, 99_000);
            assertArrayEquals(expected, Files.readAllBytes(joined));
        }
    }
}
