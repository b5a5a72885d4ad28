package org.bt4j.line;

/**
 * Something made of named lines in a fixed order: a data feed (close, low, high, open, volume,
 * openinterest — backtrader's order, so line 0 is the close), an indicator, an observer.
 */
public interface LineSeries {

    /** Number of lines. */
    int lineCount();

    /** The line at position {@code index}, in declared order. */
    Line line(int index);

    /** The name of the line at {@code index}, as backtrader names it. */
    String lineName(int index);

    /** The line called {@code name}; throws IllegalArgumentException naming the valid ones. */
    default Line line(String name) {
        StringBuilder valid = new StringBuilder();
        for (int i = 0; i < lineCount(); i++) {
            if (lineName(i).equals(name)) {
                return line(i);
            }
            valid.append(i == 0 ? "" : ", ").append(lineName(i));
        }
        throw new IllegalArgumentException("no line '" + name + "'; lines are: " + valid);
    }

    /** Bars processed by this series' clock. */
    int len();

    /** The bar times of a series that carries them (a data feed's datetime line); null otherwise. */
    default TimeLine timeLine() {
        return null;
    }
}
