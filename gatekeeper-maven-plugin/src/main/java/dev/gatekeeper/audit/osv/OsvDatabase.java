package dev.gatekeeper.audit.osv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An OSV database as users download it: a zip of one JSON advisory per entry (the {@code Maven/all.zip}
 * export), or a directory of {@code *.json} advisories. Nothing is extracted to disk and entry names are
 * never used as paths; a file that is not an advisory is a problem named by its file, and the rest is used.
 *
 * @param advisories        the usable advisories with at least one Maven package, withdrawn ones left out
 * @param advisoriesRead    files read as advisories (withdrawn and non-Maven ones included)
 * @param advisoriesSkipped files that could not be read as advisories
 * @param withdrawn         withdrawn advisories, which match nothing
 * @param rangesSkipped     SEMVER and GIT ranges, which cannot be evaluated on Maven versions
 * @param problems          what was wrong, by file
 * @param newestModified    the newest {@code modified} of all advisories, empty when none says
 * @param fileTime          the newest modification time of the zip or of the directory's files
 */
public record OsvDatabase(
        List<OsvAdvisory> advisories,
        int advisoriesRead,
        int advisoriesSkipped,
        int withdrawn,
        int rangesSkipped,
        List<OsvProblem> problems,
        Optional<Instant> newestModified,
        Instant fileTime) {

    /** A single advisory larger than this is not read: the largest real ones are a few hundred kilobytes. */
    static final int MAX_ADVISORY_BYTES = 16 * 1024 * 1024;

    public OsvDatabase {
        advisories = List.copyOf(advisories);
        problems = List.copyOf(problems);
    }

    /** How old the data is: the newest advisory's {@code modified}, or the file time when none says. */
    public Instant dataUpdatedAt() {
        return newestModified.orElse(fileTime);
    }

    public static OsvDatabase read(Path source) throws InvalidOsvDatabaseException {
        Reader reader = new Reader();
        try {
            if (Files.isDirectory(source)) {
                return reader.readDirectory(source);
            }
            if (Files.isRegularFile(source)) {
                return reader.readZip(source);
            }
        } catch (IOException e) {
            throw new InvalidOsvDatabaseException("cannot read the OSV database " + source + ": " + e.getMessage());
        }
        throw new InvalidOsvDatabaseException("the OSV database " + source + " does not exist");
    }

    private static final class Reader {
        private final OsvAdvisoryParser parser = new OsvAdvisoryParser();
        private final List<OsvAdvisory> advisories = new ArrayList<>();
        private final List<OsvProblem> problems = new ArrayList<>();
        private int read;
        private int skipped;
        private int withdrawn;
        private Instant newestModified;

        OsvDatabase readZip(Path zip) throws IOException {
            String zipName = zip.getFileName().toString();
            try (ZipFile file = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (isAdvisoryEntry(entry)) {
                        String name = zipName + "!/" + printable(entry.getName());
                        try (InputStream in = file.getInputStream(entry)) {
                            accept(name, in);
                        } catch (IOException e) {
                            skip(name, "corrupt zip entry: " + e.getMessage());
                        }
                    }
                }
            } catch (ZipException e) {
                // No readable central directory (a truncated download): salvage the entries in front of the damage.
                problems.add(new OsvProblem(
                        zipName, "corrupt zip (" + e.getMessage() + "); reading the entries before the damage"));
                salvage(zip, zipName);
            }
            return finish(Files.getLastModifiedTime(zip).toInstant());
        }

        private void salvage(Path zip, String zipName) throws IOException {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (isAdvisoryEntry(entry)) {
                        accept(zipName + "!/" + printable(entry.getName()), in);
                    }
                }
            } catch (IOException e) {
                problems.add(new OsvProblem(zipName, "corrupt zip: reading stopped at " + e.getMessage()));
            }
        }

        OsvDatabase readDirectory(Path directory) throws IOException {
            Path root = directory.toRealPath();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(path -> path.getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .endsWith(".json"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
            }
            Instant newestFile = Files.getLastModifiedTime(directory).toInstant();
            for (Path file : files) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                    problems.add(new OsvProblem(name, "is a link to outside the database directory; not read"));
                    continue;
                }
                Instant fileTime = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                        .toInstant();
                newestFile = fileTime.isAfter(newestFile) ? fileTime : newestFile;
                try (InputStream in = Files.newInputStream(file)) {
                    accept(name, in);
                } catch (IOException e) {
                    skip(name, "cannot be read: " + e.getMessage());
                }
            }
            return finish(newestFile);
        }

        private static boolean isAdvisoryEntry(ZipEntry entry) {
            return !entry.isDirectory()
                    && entry.getName().toLowerCase(Locale.ROOT).endsWith(".json");
        }

        private void accept(String name, InputStream in) throws IOException {
            byte[] content = in.readNBytes(MAX_ADVISORY_BYTES + 1);
            if (content.length > MAX_ADVISORY_BYTES) {
                skip(name, "is larger than " + MAX_ADVISORY_BYTES / (1024 * 1024) + " MB; not read");
                return;
            }
            JsonNode root;
            try {
                root = GatekeeperJson.mapper().readTree(content);
            } catch (JacksonException e) {
                String where = e.getLocation() == null
                        ? ""
                        : " (line " + e.getLocation().getLineNr() + ")";
                skip(name, "is not valid JSON" + where + ": " + e.getOriginalMessage());
                return;
            }
            OsvAdvisory advisory;
            try {
                advisory = parser.parse(root, message -> problems.add(new OsvProblem(name, message)));
            } catch (InvalidAdvisoryException e) {
                skip(name, e.getMessage());
                return;
            }
            read++;
            if (advisory.modified() != null
                    && (newestModified == null || advisory.modified().isAfter(newestModified))) {
                newestModified = advisory.modified();
            }
            if (advisory.withdrawn()) {
                withdrawn++;
            } else if (!advisory.affected().isEmpty()) {
                advisories.add(advisory);
            }
        }

        private void skip(String name, String message) {
            skipped++;
            problems.add(new OsvProblem(name, message));
        }

        private OsvDatabase finish(Instant fileTime) {
            return new OsvDatabase(
                    advisories,
                    read,
                    skipped,
                    withdrawn,
                    parser.rangesSkipped(),
                    problems,
                    Optional.ofNullable(newestModified),
                    fileTime);
        }

        /** Entry names come from whoever built the zip: keep control characters out of messages. */
        private static String printable(String name) {
            return name.replaceAll("\\p{Cntrl}", "?");
        }
    }
}
