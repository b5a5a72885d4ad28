package org.bt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bt4j.ib.store.IbStore;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The READMEs' Java examples compile as written: every {@code ```java} block of the repository's
 * README.md and of any module's README.md, with the imports a user's IDE would add, against bt4j's
 * core and IB classes; a block without a class is the body of a method. Blocks are compiled
 * together, so a later block may use a class an earlier one declares (as the README's text does).
 */
class ReadmeExampleTest {

    private static final String IMPORTS = String.join("\n",
        "import java.nio.file.Path;",
        "import org.bt4j.engine.Cerebro;",
        "import org.bt4j.feed.CsvFeeds;",
        "import org.bt4j.feed.DataFeed;",
        "import org.bt4j.feed.DataStatus;",
        "import org.bt4j.ib.data.IbDataParams;",
        "import org.bt4j.ib.store.IbStore;",
        "import org.bt4j.ib.store.IbStoreParams;",
        "import org.bt4j.indicator.CrossOver;",
        "import org.bt4j.indicator.RelativeStrengthIndex;",
        "import org.bt4j.order.Order;",
        "import org.bt4j.strategy.Param;",
        "import org.bt4j.strategy.Strategy;",
        "import org.bt4j.time.TimeFrame;", "");

    @Test
    void everyJavaBlockOfTheReadmesCompilesAsWritten(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<Path> readmes = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> modules = Files.list(root)) {
            modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(readmes::add);
        }
        List<String> files = new ArrayList<>();
        int n = 0;
        for (Path readme : readmes) {
            Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(readme));
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
        }
        assertTrue(files.size() >= 3, "the README's strategy, its run from Java and the live run from Java: " + files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = String.join(java.io.File.pathSeparator, codeSource(Strategy.class), codeSource(IbStore.class));
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("out").toString(), "-cp", cp, "-proc:none"));
        args.addAll(files);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(new String[0]));
        assertEquals(0, rc, "a README example does not compile:\n" + err);
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
