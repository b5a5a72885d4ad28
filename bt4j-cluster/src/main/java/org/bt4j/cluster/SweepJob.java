package org.bt4j.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * What every member needs to run a sweep's combinations, sent with each chunk (a few hundred
 * bytes): the job's id, the sweep's command-line options, and the names of its files (the data
 * file first, then strategy jars), whose bytes travel once per member through the cluster's file
 * map under {@link #fileKey(int)}. Immutable; safe to share between threads.
 *
 * @param id    unique per sweep
 * @param args  the options that describe the sweep ({@code --strategy}, {@code --param}, …)
 * @param files the files as the sweep's machine names them, in the order the planner receives them
 */
record SweepJob(String id, List<String> args, List<String> files) implements Serializable {

    /** The cluster map holding each job's file bytes. */
    static final String FILES_MAP = "bt4j-sweep-files";

    SweepJob {
        args = List.copyOf(args);
        files = List.copyOf(files);
    }

    /** Where file {@code i}'s bytes are in {@link #FILES_MAP}. */
    String fileKey(int i) {
        return id + "/" + i;
    }
}
