package org.bt4j.line;

import java.util.Arrays;

/**
 * Base of every indicator: output lines computed from input lines, in two ways that must agree
 * exactly — {@link #once(int, int)} over whole preloaded arrays (vectorised, "runonce") and
 * {@link #next()} for the current bar (bar by bar, live).
 *
 * <p>Construction registers the indicator with the innermost construction scope open on this
 * thread ({@link LineContext}: the strategy being initialised, or a test). An indicator builds its
 * sub-indicators in its own scope: in its constructor call's arguments through
 * {@link #building}, in its constructor body through {@link #helper}. They are its helpers,
 * nested and computed before it. Creating an indicator with no scope open (in {@code start()},
 * {@code next()}, ...) fails with one sentence saying where to create it.
 *
 * <p>Warm-up follows backtrader: the indicator's minimum period starts as the largest minimum
 * period of its inputs and {@link #addMinPeriod(int)} adds {@code p - 1} to it. During warm-up
 * lines hold NaN. Engine thread only.
 */
public abstract class Indicator implements LineSeries {

    private final Line[] inputs;
    private final java.util.List<Line> inputList;
    private Indicator[] helpers = new Indicator[0];
    private final LineBuffer[] lines;
    private final String[] names;
    private final LineSeries clock;
    private int minPeriod;
    private boolean nested;
    private boolean plot = true;
    private boolean csv;
    private java.util.Map<String, Object> params;
    private String alias;
    /** Whether the lines hold a NaN slot for every bar of the run already ({@link #presize}). */
    private boolean presized;

    /**
     * An indicator over {@code inputs}, clocked by the series that owns the first input (for an
     * indicator's line, that indicator's own clock).
     *
     * @param names  output line names in backtrader's declared order
     * @param inputs at least one input line
     */
    protected Indicator(String[] names, Line... inputs) {
        this(names, clockOf(inputs), inputs);
    }

    /**
     * @param names  output line names in backtrader's declared order
     * @param clock  the series whose bars drive this indicator (normally the data feed)
     * @param inputs the input lines (may be empty when the indicator reads {@code clock}'s lines)
     */
    protected Indicator(String[] names, LineSeries clock, Line... inputs) {
        if (clock == null) {
            throw new IllegalArgumentException("an indicator needs a clock (data feed or input series)");
        }
        this.names = names.clone();
        this.clock = clock;
        this.inputs = inputs.clone();
        this.lines = new LineBuffer[names.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new LineBuffer(this);
        }
        int mp = 1;
        for (Line in : inputs) {
            mp = Math.max(mp, in.minPeriod());
        }
        setMinPeriod(mp);
        this.inputList = java.util.List.of(this.inputs);
        this.nested = LineContext.register(this);
    }

    /**
     * Builds the sub-indicators of the indicator about to be constructed, inside its construction
     * scope: call it in the arguments of {@code super(...)} or {@code this(...)}, as in
     * {@code this(building(() -> new ExponentialMovingAverage(input, period)), gainLimit)}. What
     * {@code build} creates becomes the helpers of the next indicator constructed in the
     * enclosing scope (the one whose arguments these are): nested, computed before it.
     */
    protected static <T> T building(java.util.function.Supplier<T> build) {
        try (LineContext.Scope ignored = LineContext.openArguments()) {
            return build.get();
        }
    }

    /**
     * Builds helpers in this indicator's constructor body, inside its construction scope, as
     * backtrader's {@code self.sma = SMA(self.data)} in an indicator's {@code __init__}:
     * {@code sma = helper(() -> new MovingAverageSimple(in, 3))}. What {@code build} creates is
     * nested and computed before this indicator. An indicator created in the body without it
     * registers as one the strategy declared; when this indicator keeps it in a field, the
     * context adopts it as this indicator's helper before the run (see {@link LineContext}).
     */
    protected final <T> T helper(java.util.function.Supplier<T> build) {
        try (LineContext.Scope ignored = LineContext.openBody(this)) {
            return build.get();
        }
    }

    /**
     * True for a sub-indicator: one created while another indicator was being constructed (the
     * helpers inside RSI, MACD, ...). The indicators a strategy declares itself are not nested;
     * charts show only those.
     */
    public final boolean isNested() {
        return nested;
    }

    /**
     * Whether charts show this indicator (backtrader's {@code plotinfo.plot}, default true). With
     * {@code exactbars=-2} a strategy-level indicator that is not plotted keeps only a bounded
     * buffer.
     */
    public final boolean plotted() {
        return plot;
    }

    /**
     * The name backtrader shows for this indicator: the short name it was created by
     * ({@code sma(15)} is backtrader's {@code SMA}, see {@link #alias(String)}), else its class name.
     */
    public final String name() {
        return alias != null ? alias : getClass().getSimpleName();
    }

    /**
     * Names this indicator by one of its backtrader aliases ({@code SMA} for
     * {@code MovingAverageSimple}), as backtrader names an indicator by the name it was created
     * with; set-up time. Returns this indicator.
     */
    public final Indicator alias(String shortName) {
        alias = java.util.Objects.requireNonNull(shortName, "shortName");
        return this;
    }

    /**
     * backtrader's parameters of this indicator ({@code p._getkwargs()}): name to value with
     * backtrader's names and order, as a writer's {@code Params:} block prints them. Empty for
     * an indicator without parameters; null when its class does not declare them
     * ({@link #declareParams}), and a writer then leaves the block out.
     */
    public final java.util.Map<String, Object> params() {
        return params;
    }

    /**
     * Declares this indicator's backtrader parameters as name/value pairs in backtrader's order
     * ({@code declareParams("period", 14, "movav", "SmoothedMovingAverage")}), none for an
     * indicator without parameters; called by the constructor.
     */
    protected final void declareParams(Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("declareParams takes name/value pairs");
        }
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        params = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * backtrader's {@code csv} attribute: whether a writer's CSV rows carry this indicator's
     * lines (default off, as in backtrader; {@code signal.csv = True}). Set-up time; returns this
     * indicator.
     */
    public final Indicator csv(boolean on) {
        csv = on;
        return this;
    }

    /** Whether a writer's CSV rows carry this indicator ({@link #csv(boolean)}). */
    public final boolean csv() {
        return csv;
    }

    /** Switches plotting of this indicator on or off (set-up time); returns this indicator. */
    public final Indicator plot(boolean on) {
        plot = on;
        return this;
    }

    /** The clock of a line: its owner's clock when the owner is an indicator, else its owner. */
    public static LineSeries clockOf(Line... inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("an indicator needs at least one input line");
        }
        LineSeries owner = inputs[0].buffer().owner();
        if (owner instanceof Indicator) {
            return ((Indicator) owner).clock();
        }
        if (owner == null) {
            throw new IllegalArgumentException("input line has no owning series to clock by");
        }
        return owner;
    }

    /** The clock series: this indicator computes one value each time the clock advances. */
    public final LineSeries clock() {
        return clock;
    }

    /** The input lines given at construction. */
    protected final Line input(int i) {
        return inputs[i];
    }

    /**
     * The input lines given at construction, in order (read-only). The engine orders indicators
     * so that every indicator owning one of these lines is computed first.
     */
    public final java.util.List<Line> inputs() {
        return inputList;
    }

    /** Records a helper built while this indicator was being constructed (see {@link LineContext}). */
    final void addHelper(Indicator helper) {
        helpers = Arrays.copyOf(helpers, helpers.length + 1);
        helpers[helpers.length - 1] = helper;
    }

    /**
     * Makes {@code stray}, built in this indicator's constructor body without {@link #helper},
     * its nested helper after all (see {@link LineContext#indicators()}).
     */
    final void adopt(Indicator stray) {
        stray.nested = true;
        addHelper(stray);
    }

    /** The helpers built inside this indicator's constructor, in creation order. */
    final Indicator[] helpers() {
        return helpers;
    }

    /** Number of input lines. */
    protected final int inputCount() {
        return inputs.length;
    }

    /** Output line {@code i} as a writable buffer. */
    protected final LineBuffer out(int i) {
        return lines[i];
    }

    @Override
    public final int lineCount() {
        return lines.length;
    }

    @Override
    public final Line line(int index) {
        return lines[index];
    }

    @Override
    public final String lineName(int index) {
        return names[index];
    }

    @Override
    public final int len() {
        return lines.length == 0 ? 0 : lines[0].len();
    }

    /** The first output line (what {@code sma.get(0)} means in backtrader). */
    public final double get(int ago) {
        return lines[0].get(ago);
    }

    /** Minimum period (warm-up) of this indicator. */
    public final int minPeriod() {
        return minPeriod;
    }

    /** Adds {@code period - 1} bars of warm-up, and declares that look-back on every input. */
    protected final void addMinPeriod(int period) {
        setMinPeriod(minPeriod + period - 1);
        for (Line in : inputs) {
            in.buffer().requireLookback(period);
        }
    }

    /** Sets the minimum period outright (at least the inputs' largest). */
    protected final void setMinPeriod(int mp) {
        minPeriod = mp;
        for (LineBuffer l : lines) {
            l.setMinPeriod(mp);
        }
    }

    /**
     * Engine use, before the first bar of a bar-by-bar run whose clock has {@code bars} bars (a
     * preloaded run): makes every line hold {@code bars} NaN slots, so that a step only moves the
     * cursors over them. Bounded lines (memory-saving levels) are left as they are.
     */
    public final void presize(int bars) {
        for (LineBuffer l : lines) {
            if (l.isBounded()) {
                return;
            }
        }
        for (LineBuffer l : lines) {
            l.presize(bars);
        }
        presized = true;
    }

    /** Bar-by-bar: the clock advanced; append a slot to every line and compute it. */
    public final void step() {
        LineBuffer.forwardAll(lines, presized);
        int len = len();
        if (len < minPeriod) {
            prenext();
        } else if (len == minPeriod) {
            nextStart();
        } else {
            next();
        }
    }

    /**
     * Bar-by-bar: the clock's current bar changed in place (replay); computes the current bar
     * again from the updated inputs. Indicators keep no state that a second computation of the
     * same bar could corrupt, so this gives what a single computation of the final bar gives.
     */
    public final void recompute() {
        if (len() == 0) {
            step();
            return;
        }
        for (LineBuffer l : lines) {
            l.rewind();
        }
        step();
    }

    /**
     * Vectorised: the inputs are complete arrays of {@code n} values; fills every output for all
     * {@code n} bars. Lines are presized to NaN (the warm-up only, when
     * {@link #onceWritesEverySlot()}), then {@link #once(int, int)} runs over
     * {@code [minPeriod - 1, n)}.
     */
    public final void runOnce(int n) {
        int start = prepareOnce(n);
        preOnce(0, start);
        once(start, n);
    }

    /**
     * Makes every line hold {@code n} slots for a vectorised pass, NaN where {@link #once} will not
     * write, and returns the index {@link #once} starts at: {@link #minPeriod()} - 1, at most
     * {@code n}.
     */
    final int prepareOnce(int n) {
        int start = Math.min(minPeriod - 1, n);
        int nanUpTo = onceWritesEverySlot() ? start : n;
        for (LineBuffer l : lines) {
            l.presize(n, nanUpTo);
        }
        return start;
    }

    /**
     * Whether {@link OncePipeline} may compute this indicator on its own thread, beside the bar
     * loop, a span of bars at a time. An indicator class says so only when, reviewed: its
     * {@link #prenext()} does nothing (its warm-up needs no {@link #preOnce}); its
     * {@link #once(int, int)} reads nothing but its inputs' arrays and writes nothing but its own
     * (no cursor, no other object the engine thread uses); and calls on consecutive spans
     * {@code [s, a), [a, b), ...} give bit for bit what one call over the whole gives (state carried
     * from one bar to the next is read back from the line itself, see {@link #continues(int)}).
     * False unless an indicator's own vectorised pass says so.
     */
    protected boolean onceInSpans() {
        return false;
    }

    /**
     * Whether a call of {@link #once(int, int)} from {@code start} continues an earlier span
     * (computed into this indicator's lines already) rather than starting at the first bar past
     * the warm-up: a pass that carries a value from bar to bar resumes from its own line then.
     */
    protected final boolean continues(int start) {
        return start >= minPeriod;
    }

    /**
     * Whether this indicator's {@link #once(int, int)} writes every line at every index of its
     * span, so that {@link #runOnce} sets only the warm-up slots to NaN first instead of whole
     * lines. False unless an indicator's own vectorised pass says so.
     */
    protected boolean onceWritesEverySlot() {
        return false;
    }

    /** Warm-up bar (value not yet defined); default does nothing. */
    protected void prenext() {
    }

    /** First bar with a full warm-up; default calls {@link #next()}. */
    protected void nextStart() {
        next();
    }

    /** Computes every line at {@code get(0)} from the inputs' current values. */
    protected abstract void next();

    /**
     * Vectorised warm-up span {@code [start, end)}: by default steps {@link #prenext()} with every
     * cursor placed on each index, as backtrader's {@code preonce_via_prenext} does, so an indicator
     * that records state during warm-up computes the same in both modes (lines stay NaN unless
     * {@code prenext} writes them). Indicators with their own vectorised pass override it.
     */
    protected void preOnce(int start, int end) {
        for (int i = start; i < end; i++) {
            placeAt(i);
            prenext();
        }
    }

    /**
     * Computes absolute indexes {@code [start, end)} from the inputs' arrays. The default steps
     * {@link #next()} with every cursor placed on each index (inputs, clock, helpers built in the
     * constructor, own lines); fast indicators override it.
     */
    protected void once(int start, int end) {
        for (int i = start; i < end; i++) {
            placeAt(i);
            next();
        }
    }

    /**
     * Places every cursor on absolute index {@code i}: inputs, the clock's lines and bar times,
     * helpers, own lines.
     */
    private void placeAt(int i) {
        for (Line in : inputs) {
            in.buffer().seek(i);
        }
        for (int k = 0; k < clock.lineCount(); k++) {
            clock.line(k).buffer().seek(i);
        }
        TimeLine times = clock.timeLine();
        if (times != null) {
            times.seek(i);
        }
        for (Indicator h : helpers) {
            for (LineBuffer l : h.lines) {
                l.seek(i);
            }
        }
        for (LineBuffer l : lines) {
            l.seek(i);
        }
    }

    /** Puts the output cursors before the first bar after a vectorised pass. */
    public final void home() {
        for (LineBuffer l : lines) {
            l.home();
        }
    }

    /** Advances the output cursors over precomputed values (vectorised run, per bar). */
    public final void advance() {
        for (LineBuffer l : lines) {
            l.advance();
        }
    }

    /** All output buffers (for the engine's exactbars bounding). */
    public final LineBuffer[] buffers() {
        return lines;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Arrays.toString(names);
    }
}
