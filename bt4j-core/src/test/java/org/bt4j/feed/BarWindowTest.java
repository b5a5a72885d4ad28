package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BarWindow}: every bar read through windows equals the mapped file's, across window edges. */
class BarWindowTest {

    @TempDir
    Path dir;

    @Test
    void windowsReadWhatTheMappingHolds() {
        Path bin = dir.resolve("m.bt4j");
        BarFileWriter.write(bin, CsvFeeds.open(FeedTestFiles.golden("minute-s2.csv"), TimeFrame.Minutes, 1));
        try (BarFile f = BarFile.open(bin); BarWindow w = new BarWindow(bin, f.barCount())) {
            assertEquals(7800, f.barCount());
            for (int i = 0; i < f.barCount(); i++) {
                assertEquals(f.time(i), w.time(i), "time " + i);
                for (int c = 1; c < BarFile.COLUMNS; c++) {
                    assertEquals(f.value(BarFile.COLUMN_LINES[c], i), w.value(c, i), "column " + c + " bar " + i);
                }
            }
            assertEquals(f.time(100), w.time(100), "going back refills the window");
        }
    }
}
