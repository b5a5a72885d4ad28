package org.bt4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java port prints what backtrader's own sample prints, line by line. The expected output
 * of each sample listed in {@code samples/samples.list} is {@code samples/<name>.txt}, produced by
 * backtrader itself with {@code samples/generate.sh} (plotting off, same arguments); the port is
 * the class named after the sample ({@code data-replay}: {@link DataReplay}; a name may carry a
 * variant, {@code data-replay.monthly}), run with the same
 * arguments from the module directory (where {@code datas/} holds backtrader's sample data).
 */
class BacktraderSamplesTest {

    static Stream<Arguments> samples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : read("samples.list").split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            out.add(Arguments.of(f[0], Arrays.copyOfRange(f, 2, f.length)));
        }
        return out.stream();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = BacktraderSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code data-replay} (or a variant {@code data-replay.monthly}) → {@code DataReplay}. */
    static String className(String sample) {
        StringBuilder sb = new StringBuilder();
        for (String part : sample.replaceFirst("\\..*", "").split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return BacktraderSamplesTest.class.getPackageName() + "." + sb;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsWhatBacktraderPrints(String sample, String[] args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            Class.forName(className(sample)).getMethod("run", PrintStream.class, String[].class).invoke(null, ps, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause(); // the sample's own failure, with its own stack
        }
        List<String> expected = List.of(read(sample + ".txt").split("\n"));
        List<String> actual = List.of(buf.toString(StandardCharsets.UTF_8).split("\n"));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), sample + " line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), sample + ": number of lines");
    }
}
