package org.bt4j.cluster;

import java.nio.file.Path;
import java.util.List;
import org.bt4j.opt.Optimizer;

/**
 * Turns a sweep's command-line options and its files, copied to this member, into the
 * {@link Optimizer} whose {@link Optimizer#runOne} runs the combinations: the same options give the
 * same optimizer as on the machine that started the sweep, so each row is the same. Implemented by
 * the command line ({@code bt4j optimize}'s own option parsing).
 *
 * <p>Threading: called once per sweep on each member, on one of its executor threads at a time.
 */
@FunctionalInterface
public interface SweepPlanner {

    /**
     * @param args  the sweep's options
     * @param files the local copies of the sweep's files: the data file, then strategy jars
     */
    Optimizer plan(List<String> args, List<Path> files);
}
