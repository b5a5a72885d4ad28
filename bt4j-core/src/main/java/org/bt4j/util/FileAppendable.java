package org.bt4j.util;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * An output stream that can take a range of another file as its next bytes by the kernel's copy
 * ({@link FileChannel#transferTo}, {@code sendfile} on Linux), without the bytes passing through
 * the Java heap: {@link AtomicFile#out()} is one. Same thread rule as the stream itself.
 */
public interface FileAppendable {

    /** Writes what the stream buffered, then bytes {@code [position, position + count)} of {@code src}. */
    void append(FileChannel src, long position, long count) throws IOException;
}
