package org.bt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's strategy example compiles as written: every {@code ```java} block under
 * "## A strategy", with the imports a user's IDE would add; a block without a class is the body
 * of a method.
 */
class ReadmeExampleTest {

    private static final String IMPORTS = String.join("\n",
        "import java.nio.file.Path;",
        "import org.bt4j.engine.Cerebro;",
        "import org.bt4j.feed.CsvFeeds;",
        "import org.bt4j.feed.DataFeed;",
        "import org.bt4j.feed.DataStatus;",
        "import org.bt4j.indicator.CrossOver;",
        "import org.bt4j.indicator.RelativeStrengthIndex;",
        "import org.bt4j.order.Order;",
        "import org.bt4j.strategy.Param;",
        "import org.bt4j.strategy.Strategy;",
        "import org.bt4j.time.TimeFrame;", "");

    @Test
    void theStrategyExampleCompilesAsWritten(@TempDir Path dir) throws Exception {
        Path readme = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");
        String text = Files.readString(readme);
        String section = text.substring(text.indexOf("## A strategy"), text.indexOf("## Commands"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        List<String> files = new ArrayList<>();
        int n = 0;
        while (m.find()) {
            String code = m.group(1);
            Matcher cls = Pattern.compile("public final class (\\w+)").matcher(code);
            String name = cls.find() ? cls.group(1) : "Snippet" + n++;
            String unit = cls.find(0) ? code
                : "public final class " + name + " {\n  void run() throws Exception {\n" + code + "  }\n}\n";
            Path f = dir.resolve(name + ".java");
            Files.writeString(f, IMPORTS + unit);
            files.add(f.toString());
        }
        assertEquals(2, files.size(), "the README's two java blocks");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("out").toString(), "-cp", cp, "-proc:none"));
        args.addAll(files);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(new String[0]));
        assertEquals(0, rc, "the README example does not compile:\n" + err);
    }
}
