package dev.gatekeeper.verdict;

import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the parts under an import directory without leaving it and without being stopped by it:
 * symbolic links are never followed (one that leads outside is a finding naming the link), every
 * path that cannot be read is a finding naming it, and the walk is bounded in depth, in entries and
 * in the size of each file read. Only regular files are ever opened, so a FIFO or a device named
 * {@value EvidenceFiles#EVIDENCE_JSON} cannot block or flood the verdict.
 */
final class ImportWalk implements FileVisitor<Path> {
    static final int MAX_DEPTH = 12;
    static final int MAX_ENTRIES = 20_000;
    static final long MAX_EVIDENCE_BYTES = 32L * 1024 * 1024;
    static final int MAX_SIDE_FILE_BYTES = 4096;
    /** Findings of one code beyond this many are counted in one more finding, so /proc does not flood the verdict. */
    static final int MAX_REPORTED_PER_CODE = 10;

    private final Path directory;
    private final Path realDirectory;
    private final Path own;
    private final Function<Path, String> shown;
    private final List<Finding> findings;
    private final List<Path> parts = new ArrayList<>();
    private final java.util.Map<String, Integer> reported = new java.util.TreeMap<>();
    private int entries;
    private int refused;

    private ImportWalk(
            Path directory, Path realDirectory, Path own, Function<Path, String> shown, List<Finding> findings) {
        this.directory = directory;
        this.realDirectory = realDirectory;
        this.own = own;
        this.shown = shown;
        this.findings = findings;
    }

    /** The files the walk found, and how many it refused (each with a finding). */
    record Found(List<Path> parts, int refused) {}

    /**
     * Every regular {@value EvidenceFiles#EVIDENCE_JSON} under {@code directory} except {@code own},
     * sorted; problems are added to {@code findings}. {@code directory} must exist.
     */
    static Found walk(Path directory, Path own, Function<Path, String> shown, List<Finding> findings)
            throws IOException {
        ImportWalk walk = new ImportWalk(directory, directory.toRealPath(), own, shown, findings);
        // a link given as the import directory itself is the user's choice: walk where it leads
        Path start = Files.isSymbolicLink(directory) ? walk.realDirectory : directory;
        Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, walk);
        walk.reported.forEach((code, count) -> {
            if (count > MAX_REPORTED_PER_CODE) {
                findings.add(walk.withFix(
                        code,
                        Finding.of(
                                        code,
                                        GateStatus.ERROR,
                                        (count - MAX_REPORTED_PER_CODE) + " more paths under " + shown.apply(directory)
                                                + " with the same problem")
                                .withFile(shown.apply(directory), null)));
            }
        });
        return new Found(walk.parts.stream().sorted().toList(), walk.refused);
    }

    static final String PERMISSIONS_FIX =
            "Download the gate jobs' evidence into a directory of its own that the build can read, and point"
                    + " gatekeeper.evidence.import at it";

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return counted() ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!counted()) {
            return FileVisitResult.TERMINATE;
        }
        boolean evidence = file.getFileName().toString().equals(EvidenceFiles.EVIDENCE_JSON);
        if (attrs.isSymbolicLink()) {
            checkLink(file, evidence);
        } else if (attrs.isDirectory()) {
            error(
                    VerdictCodes.IMPORT_LIMIT.code(),
                    shown.apply(file) + " is nested deeper than " + MAX_DEPTH + " levels below "
                            + shown.apply(directory) + "; it is not searched",
                    file);
        } else if (evidence && !file.toAbsolutePath().normalize().equals(own)) {
            if (!attrs.isRegularFile()) {
                refused++;
                error(
                        VerdictCodes.IMPORT_UNREADABLE.code(),
                        shown.apply(file) + " is not a regular file (a FIFO, device or socket); it is not read",
                        file);
            } else if (attrs.size() > MAX_EVIDENCE_BYTES) {
                refused++;
                error(
                        VerdictCodes.IMPORT_LIMIT.code(),
                        shown.apply(file) + " has " + attrs.size() + " bytes, more than the " + MAX_EVIDENCE_BYTES
                                + " an evidence.json may have; it is not read",
                        file);
            } else {
                parts.add(file);
            }
        }
        return FileVisitResult.CONTINUE;
    }

    /** A link named evidence.json, or a link to a directory, that leaves the import directory is refused. */
    private void checkLink(Path link, boolean evidence) {
        boolean outside;
        try {
            outside = ConfinedReads.leadsOutside(realDirectory, link);
        } catch (IOException e) {
            if (evidence) {
                refused++;
                error(
                        VerdictCodes.IMPORT_OUTSIDE.code(),
                        shown.apply(link) + " is a symbolic link that leads nowhere readable;" + " it is not read",
                        link);
            }
            return;
        }
        if (!outside) {
            return; // walked where it is
        }
        if (evidence || Files.isDirectory(link)) {
            refused += evidence ? 1 : 0;
            error(
                    VerdictCodes.IMPORT_OUTSIDE.code(),
                    shown.apply(link) + " is a symbolic link that leads outside " + shown.apply(directory)
                            + "; it is not followed",
                    link);
        }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        if (exc instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE; // gone while walking
        }
        String reason = exc instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason().toLowerCase(java.util.Locale.ROOT)
                : exc instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot be read";
        error(
                VerdictCodes.IMPORT_UNREADABLE.code(),
                shown.apply(file) + " cannot be read (" + reason + "); it is not searched",
                file);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
            return visitFileFailed(dir, exc);
        }
        return FileVisitResult.CONTINUE;
    }

    private boolean counted() {
        if (++entries <= MAX_ENTRIES) {
            return true;
        }
        error(
                VerdictCodes.IMPORT_LIMIT.code(),
                shown.apply(directory) + " holds more than " + MAX_ENTRIES
                        + " files and directories; the search stopped there",
                directory);
        return false;
    }

    private void error(String code, String message, Path file) {
        if (reported.merge(code, 1, Integer::sum) <= MAX_REPORTED_PER_CODE) {
            findings.add(
                    withFix(code, Finding.of(code, GateStatus.ERROR, message).withFile(shown.apply(file), null)));
        }
    }

    private Finding withFix(String code, Finding finding) {
        return code.equals(VerdictCodes.IMPORT_UNREADABLE.code())
                ? finding.withFix(PERMISSIONS_FIX)
                : code.equals(VerdictCodes.IMPORT_OUTSIDE.code())
                        ? finding.withFix(
                                "Download the part itself into " + shown.apply(directory) + " instead of linking to it")
                        : finding.withFix(
                                "Import only the target/gatekeeper/ directories the gate jobs' verdicts wrote");
    }

    /**
     * The bytes of the regular file {@code file}, not following a link, at most {@code max} bytes;
     * a longer file is an IOException without reading it whole.
     */
    static byte[] read(Path file, long max) throws IOException {
        try (SeekableByteChannel channel =
                Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > max) {
                throw new IOException("it has " + size + " bytes, more than " + max);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            if (!buffer.hasRemaining()) {
                throw new IOException("it grew past " + size + " bytes while being read");
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    /** The small file beside a part ({@code .sha256}, {@code .sig}), or null when it is absent, a link or not regular. */
    static byte[] sideFile(Path file) {
        try {
            BasicFileAttributes attrs =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile() || attrs.size() > MAX_SIDE_FILE_BYTES) {
                return null;
            }
            return read(file, MAX_SIDE_FILE_BYTES);
        } catch (IOException e) {
            return null;
        }
    }
}
