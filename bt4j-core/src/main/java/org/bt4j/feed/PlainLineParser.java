package org.bt4j.feed;

/**
 * A {@link CsvFeed.RowParser} whose lines in the plain form of its layout a {@link PlainRow} reads
 * in one pass, giving the very bar and time its {@link CsvFeed.RowParser#parse} gives for them;
 * {@link CsvRows} tries that first and reads the other lines the general way. Same threading as
 * the row parser: one thread.
 */
interface PlainLineParser {

    /**
     * The one-pass reader of this parser's lines split at {@code separator} (the parser keeps it
     * and reads its values), or null when the parser's settings have no plain form: every line
     * then goes the general way.
     */
    PlainRow plainRow(byte separator);

    /**
     * Makes {@code bar} of the line its plain row read last, whose date-time field holds
     * {@code time}; after it, {@link CsvFeed.RowParser#absent} names only the columns the file
     * lacks.
     *
     * @return the row's time as written (as {@link CsvFeed.RowParser#parse} returns it)
     */
    long plainBar(long time, Bar bar);
}
