package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section "Trading with a real TWS or IB Gateway" is right as written: its Java block
 * compiles (with the imports an IDE adds and the README's MyCross), and every {@code ./bt4j live}
 * command line in it parses with bt4j's own options.
 */
class ReadmeLiveSectionTest {

    private static final String IMPORTS = String.join("\n",
        "import org.bt4j.engine.Cerebro;",
        "import org.bt4j.ib.data.IbDataParams;",
        "import org.bt4j.ib.store.IbStore;",
        "import org.bt4j.ib.store.IbStoreParams;",
        "import org.bt4j.strategy.Strategy;",
        "import org.bt4j.time.TimeFrame;", "");

    private static String section() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("README.md"));
        int from = text.indexOf("## Trading with a real TWS or IB Gateway");
        assertTrue(from >= 0, "the README has the section");
        int to = text.indexOf("\n## ", from + 3);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    @Test
    void theJavaBlockCompilesAsWritten(@TempDir Path dir) throws Exception {
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section());
        assertTrue(m.find(), "a java block");
        Path snippet = dir.resolve("Snippet.java");
        Files.writeString(snippet, IMPORTS + "final class MyCross extends Strategy {\n}\n"
                + "public final class Snippet {\n  void run() {\n" + m.group(1) + "  }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, "-d", dir.resolve("out").toString(), "-cp",
                System.getProperty("java.class.path"), "-proc:none", snippet.toString());
        assertEquals(0, rc, "the README's live example does not compile:\n" + err);
    }

    @Test
    void everyLiveCommandLineParses() throws Exception {
        String joined = section().replace("\\\n", " ");
        Matcher m = Pattern.compile("\\./bt4j (live [^`\n]*)").matcher(joined);
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1).trim());
        }
        assertEquals(3, lines.size(), lines.toString());
        for (String line : lines) {
            String[] args = line.trim().split("\\s+");
            Main.commandLine().parseArgs(args); // throws on an unknown or malformed option
        }
    }
}
