package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code bt4j resample} against every golden {@code resample} case of cases.json. */
class ResampleCommandTest {

    private static Path golden() throws URISyntaxException {
        return Paths.get(ResampleCommandTest.class.getResource("/golden/cases.json").toURI()).getParent();
    }

    /** The {@code resample} cases of cases.json, in file order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resampleCases(Path root) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : MiniJson.parseList(Files.readString(root.resolve("cases.json")))) {
            Map<String, Object> c = (Map<String, Object>) o;
            if ("resample".equals(c.get("kind"))) {
                out.add(c);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenResampleCase() throws Exception {
        Path root = golden();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : resampleCases(root)) {
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) c.get("args");
            String[] a = new String[args.size()];
            for (int i = 0; i < a.length; i++) {
                String s = (String) args.get(i);
                a[i] = s.startsWith("data/") ? root.resolve(s).toString() : s;
            }
            Path expected = root.resolve((String) c.get("expected"));
            tests.add(DynamicTest.dynamicTest((String) c.get("id"), () -> check(a, expected)));
        }
        assertEquals(34, tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenResampleCaseFromABarFile(@TempDir Path dir) throws Exception {
        Path root = golden();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : resampleCases(root)) {
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) c.get("args");
            List<String> a = new ArrayList<>();
            List<String> convert = new ArrayList<>(List.of("data", "convert"));
            for (int i = 0; i < args.size(); i++) {
                String s = (String) args.get(i);
                if (s.equals("--timeframe") || s.equals("--compression")) {
                    convert.add(s);
                    convert.add((String) args.get(i + 1));
                }
                a.add(s.startsWith("data/") ? "BIN" : s);
            }
            String data = (String) args.get(args.indexOf("--data") + 1);
            Path bin = dir.resolve(String.join("_", convert.subList(2, convert.size())) + "-"
                + Path.of(data).getFileName() + ".bt4j");
            convert.addAll(List.of("--in", root.resolve(data).toString(), "--out", bin.toString()));
            a.replaceAll(s -> s.equals("BIN") ? bin.toString() : s);
            Path expected = root.resolve((String) c.get("expected"));
            tests.add(DynamicTest.dynamicTest((String) c.get("id"), () -> {
                if (!Files.exists(bin)) {
                    CliRun r = CliRun.run(convert.toArray(new String[0]));
                    assertEquals(0, r.code(), r.err());
                }
                check(a.toArray(new String[0]), expected);
            }));
        }
        assertEquals(34, tests.size());
        return tests.stream();
    }

    private static void check(String[] args, Path expected) throws IOException {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        List<String> got = r.out().lines().toList();
        List<String> want = Files.readAllLines(expected);
        assertEquals(want.size(), got.size(), "rows");
        assertEquals(want.get(0), got.get(0), "header");
        for (int i = 1; i < want.size(); i++) {
            String[] g = got.get(i).split(",");
            String[] w = want.get(i).split(",");
            assertEquals(w.length, g.length, "row " + i);
            for (int k = 0; k < w.length; k++) {
                if (w[k].contains("T") || (k == 0 && !w[k].contains("."))) {
                    assertEquals(w[k], g[k], "row " + i + " col " + k);
                } else {
                    double x = Double.parseDouble(g[k].replace("nan", "NaN"));
                    double y = Double.parseDouble(w[k].replace("nan", "NaN"));
                    assertTrue(Double.isNaN(x) == Double.isNaN(y)
                        && (Double.isNaN(x) || Math.abs(x - y) <= Math.max(1e-9, 1e-9 * Math.max(Math.abs(x), Math.abs(y)))),
                        "row " + i + " col " + k + ": " + g[k] + " vs " + w[k]);
                }
            }
        }
    }

    @Test
    void badInputIsOneLineWithExitTwo() throws Exception {
        CliRun r = CliRun.run("resample", "--data", golden().resolve("data/daily-s1.csv").toString(),
            "--to-timeframe", "Hours");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bt4j: --to-timeframe: unknown timeframe 'Hours'"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    /** Just enough JSON for cases.json: objects, arrays, strings, numbers, booleans, null. */
    static final class MiniJson {
        private final String s;
        private int i;

        private MiniJson(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static List<Object> parseList(String text) {
            return (List<Object>) new MiniJson(text).value();
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // ':'
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String t = s.substring(start, i);
            switch (t) {
                case "true": return Boolean.TRUE;
                case "false": return Boolean.FALSE;
                case "null": return null;
                default: return Double.parseDouble(t);
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(e); break;
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
