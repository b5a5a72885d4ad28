package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheGoldenDailyFile() throws Exception {
        Path out = dir.resolve("daily-s1.csv");
        int rc = Main.commandLine().execute("data", "generate", "--mode", "daily", "--seed", "1",
            "--start-price", "100.00", "--start-date", "2015-01-05", "--bars", "1000", "--out", out.toString());
        assertEquals(0, rc);
        assertEquals("baab823ca4e612aea29136dbc8bbb7d71bdb67bf81516b3ed39814dccd71d446",
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))));
    }

    @Test
    void badOptionIsOneLine() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("data", "generate", "--mode", "hourly", "--seed", "1", "--start-price", "100",
            "--start-date", "2015-01-05", "--bars", "10", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, rc);
        assertTrue(err.toString().startsWith("bt4j: --mode: 'hourly' is not one of minute, daily"), err.toString());
        assertEquals(1, err.toString().lines().count());
    }
}
