package dev.gatekeeper.audit.osv.download;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
 * lock per directory comes first. The file lock is polled (every 100 ms at most), not waited for, so that the
 * wait can be reported and a lock held through another class loader of this JVM is waited for too.
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
            long deadline = System.nanoTime() + patience.toNanos();
            FileLock fileLock = tryLock(channel);
            while (fileLock == null) {
                if (!told && System.nanoTime() >= deadline) {
                    progress.accept(waiting);
                    told = true;
                }
                sleep(Math.min(100, Math.max(1, patience.toMillis() / 10)));
                fileLock = tryLock(channel);
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

    /**
     * The file lock, or null while another holds it: another process, or this JVM through another class loader
     * (Maven may load the plugin twice), which the JDK reports as an overlapping lock instead of waiting.
     */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
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
