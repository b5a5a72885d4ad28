package org.bt4j.util;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.bt4j.BadInputException;

/**
 * An output file that appears complete or not at all: bytes go to a temporary file beside the
 * target, which {@link #commit()} moves over the target (atomically where the file system
 * allows); {@link #close()} without a commit deletes the temporary file, so a failed run never
 * leaves a partial chart, report or CSV behind. One thread at a time.
 */
public final class AtomicFile implements AutoCloseable {

    /** Writes the whole content to an output stream; called once, on the thread writing the file. */
    @FunctionalInterface
    public interface Body {
        /** Writes the content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    private AtomicFile(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    /**
     * Checks that {@code file} can be written: its directory exists and it is not a directory.
     * {@code what} names the option in the one-line error, e.g. {@code --plot}.
     */
    public static Path check(String what, Path file) {
        Objects.requireNonNull(file, what);
        Path abs = file.toAbsolutePath();
        if (abs.getFileName() == null || Files.isDirectory(abs)) {
            throw new BadInputException(what + " " + file + ": is a directory, a file name is needed");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(what + " " + file + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException(what + " " + file + ": directory " + dir + " is not writable");
        }
        return file;
    }

    /** Opens a temporary file beside {@code target}. */
    public static AtomicFile open(Path target) {
        Path abs = target.toAbsolutePath();
        try {
            // not Files.createTempFile: that makes the file owner-only, and the result should get
            // the usual permissions of a new file
            Path temp = abs.resolveSibling("." + abs.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
            FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new AtomicFile(abs, temp, new Out(ch));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code body} to {@code target} atomically. */
    public static void write(Path target, Body body) {
        try (AtomicFile f = open(target)) {
            body.writeTo(f.out());
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stream to write to (buffered); it is {@link FileAppendable}, so a range of another file
     * can be appended to it by the kernel's copy.
     */
    public OutputStream out() {
        return out;
    }

    /** The buffered stream over the temporary file, which appends other files' bytes by the kernel's copy. */
    private static final class Out extends BufferedOutputStream implements FileAppendable {

        private final FileChannel channel;

        Out(FileChannel channel) {
            super(Channels.newOutputStream(channel), 1 << 16);
            this.channel = channel;
        }

        @Override
        public void append(FileChannel src, long position, long count) throws IOException {
            flush();
            for (long done = 0; done < count; ) {
                long n = src.transferTo(position + done, count - done, channel);
                if (n <= 0) {
                    throw new IOException("the file to append ended " + (count - done) + " bytes early");
                }
                done += n;
            }
        }
    }

    /** The file that {@link #commit()} creates or replaces. */
    public Path target() {
        return target;
    }

    /** Flushes, closes and moves the temporary file over the target. */
    public void commit() {
        if (done) {
            return;
        }
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Abandons the file unless committed: the temporary file is deleted, the target untouched. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file is deleted anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the name ends in .part
        }
    }
}
