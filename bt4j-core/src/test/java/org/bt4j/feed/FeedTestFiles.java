package org.bt4j.feed;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Test helper: golden data files on the test class path, and temporary CSV files. */
public final class FeedTestFiles {

    private FeedTestFiles() {
    }

    /** A golden data file, e.g. {@code daily-s1.csv}. */
    public static Path golden(String file) {
        return resource("/golden/data/" + file);
    }

    /** Any test resource as a path. */
    public static Path resource(String name) {
        try {
            return Paths.get(FeedTestFiles.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Writes {@code lines} (joined by '\n') to a new file named {@code name} in {@code dir}. */
    public static Path write(Path dir, String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Loads every bar of {@code feed} (streaming) into a list of copies. */
    public static List<Bar> drain(DataFeed feed) {
        List<Bar> out = new ArrayList<>();
        feed.start();
        while (feed.next()) {
            out.add(new Bar().set(feed, 0));
        }
        feed.stop();
        return out;
    }
}
