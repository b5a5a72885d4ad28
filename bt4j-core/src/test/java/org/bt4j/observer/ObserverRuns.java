package org.bt4j.observer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;

/** Test runs of the golden smacross case on daily-s1 (1000 bars) with observers attached. */
final class ObserverRuns {

    private ObserverRuns() {
    }

    static DataFeed daily(String name) {
        try {
            Path p = Path.of(ObserverRuns.class.getResource("/golden/data/daily-s1.csv").toURI());
            DataFeed d = CsvFeeds.open(p, null, 1);
            d.name(name);
            return d;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs smacross in runonce and runnext mode; returns the strategy of each run. */
    static List<Strategy> run(Consumer<Cerebro> setup) {
        Cerebro once = new Cerebro();
        Cerebro next = new Cerebro().runonce(false);
        setup.accept(once.addData(daily("daily-s1")).addStrategy(new SmaCross()));
        setup.accept(next.addData(daily("daily-s1")).addStrategy(new SmaCross()));
        return List.of(once.run().get(0), next.run().get(0));
    }

    /** The observer of type {@code type} (the first). */
    static <T extends Observer> T find(Strategy s, Class<T> type) {
        for (Observer o : s.observers()) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + s.observers());
    }

    /** Value {@code i} of a line, 0-based from the first bar. */
    static double at(Line l, int i) {
        return l.get(i - (l.len() - 1));
    }
}
