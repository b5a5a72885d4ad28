package org.bt4j.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.bt4j.BadInputException;

/**
 * An exclusive lock on a data file for one process, held through the sidecar file
 * {@code <file>.lock}: the operating system's lock on the sidecar says whether a live process holds
 * it, and its text ({@code pid N: who}) names that process for the refusal. The lock dies with its
 * process (kill -9 included); the sidecar stays and is taken over by the next owner. Within one
 * JVM a second acquisition of the same file is refused too. Thread-safe.
 */
public final class OwnerLock implements AutoCloseable {

    private static final Set<Path> HELD = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code file} for this process.
     *
     * @param what  what the file is, for the refusal ("gateway state")
     * @param owner who holds it, written into the sidecar ("bt4j gateway on port 7497")
     * @throws BadInputException naming the holder when another live process (or this one) holds it
     */
    public static OwnerLock acquire(Path file, String what, String owner) {
        Path abs = file.toAbsolutePath().normalize();
        Path side = abs.resolveSibling(abs.getFileName() + ".lock");
        synchronized (HELD) {
            if (HELD.contains(abs)) {
                throw new BadInputException(what + " " + file + " is in use by this process (pid "
                        + ProcessHandle.current().pid() + "); close it first");
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(side, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock l = ch.tryLock();
                if (l == null) {
                    String holder = holder(ch);
                    ch.close();
                    throw new BadInputException(what + " " + file + " is in use by " + holder
                            + "; stop that process or choose another file");
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ": " + owner + "\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
                ch.force(false);
                HELD.add(abs);
                return new OwnerLock(abs, ch, l);
            } catch (IOException e) {
                closeQuietly(ch);
                throw new BadInputException("cannot lock " + what + " " + file + " (" + side.getFileName() + "): "
                        + e.getMessage(), e);
            }
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512);
        ch.read(b, 0);
        String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        text = nl >= 0 ? text.substring(0, nl) : text;
        return text.isEmpty() ? "another process (it has not written its name yet)" : "another process (" + text + ")";
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** Releases the lock (the sidecar stays for the next owner). Idempotent. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (!HELD.remove(file)) {
                return;
            }
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }
    }
}
