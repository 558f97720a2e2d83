package dev.gatekeeper.audit.osv.download;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The exclusive lock on {@code <directory>/.lock} that one refresh holds from its first look at the copy to
 * its last write. Between processes it is the operating system's file lock (released when a process dies);
 * within one JVM, where a second {@code FileChannel.lock()} on the same file would fail rather than wait, a
 * lock per directory comes first.
 */
final class DirectoryLock implements AutoCloseable {
    static final String FILE = ".lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private DirectoryLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits for the lock; after {@code patience} without it, says once through {@code progress} that another
     * build holds it.
     */
    static DirectoryLock acquire(Path directory, Duration patience, Consumer<String> progress) throws IOException {
        Files.createDirectories(directory);
        Path key = directory.toRealPath();
        String waiting = "waiting for another build downloading the OSV database into " + key;
        ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        boolean told = false;
        try {
            if (!jvmLock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(waiting);
                told = true;
                jvmLock.lockInterruptibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + waiting);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = channel.tryLock();
            long deadline = System.nanoTime() + patience.toNanos();
            while (fileLock == null && System.nanoTime() < deadline) {
                sleep(Math.min(100, Math.max(1, patience.toMillis() / 10)));
                fileLock = channel.tryLock();
            }
            if (fileLock == null) {
                if (!told) {
                    progress.accept(waiting);
                }
                fileLock = channel.lock();
            }
            return new DirectoryLock(jvmLock, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            jvmLock.unlock();
            throw e;
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock on the OSV database directory");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            jvmLock.unlock();
        }
    }
}
