package dev.gatekeeper.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Names the damaged file of a local NVD data-feed mirror after Dependency-Check failed on it: its own
 * error is an exception chain ("Unexpected end of ZLIB input stream") that does not say which of the
 * {@code nvdcve-*.json.gz} files is broken. Each file is streamed through gzip and a JSON parser, never
 * loaded whole (a year's feed unpacks to hundreds of megabytes). Only {@code file:} mirrors are checked:
 * an HTTP mirror would be downloaded again.
 */
final class NvdFeedFiles {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private NvdFeedFiles() {}

    /** A damaged feed file and what is wrong with it. */
    record Damage(Path file, String problem) {
        /** The file and its problem, as one sentence. */
        String describe() {
            return file + " " + problem;
        }
    }

    /** What is wrong with the first damaged feed file, naming it; null when none is (or the mirror is not local). */
    static String problem(String feedUrl) {
        Damage damage = damage(feedUrl);
        return damage == null ? null : damage.describe();
    }

    /** The first damaged feed file of a local mirror, or null. */
    static Damage damage(String feedUrl) {
        Path directory;
        try {
            URI uri = new URI(feedUrl.endsWith("/") ? feedUrl : feedUrl + "/");
            if (!"file".equals(uri.getScheme())) {
                return null;
            }
            directory = Path.of(uri);
        } catch (Exception e) {
            return null;
        }
        List<Path> feeds = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "nvdcve-*.json.gz")) {
            files.forEach(feeds::add);
        } catch (IOException e) {
            return null;
        }
        feeds.sort(null);
        for (Path feed : feeds) {
            String problem = problemOf(feed);
            if (problem != null) {
                return new Damage(feed, problem);
            }
        }
        return null;
    }

    private static String problemOf(Path feed) {
        try (InputStream in =
                        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(feed), 1 << 16), 1 << 16);
                JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                return "holds no JSON (it is empty once unpacked)";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "holds more than one JSON document";
            }
            return null;
        } catch (JsonProcessingException e) {
            // The parser reports a cut-off document as an unexpected end of input: gzip itself was complete.
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            return "holds invalid JSON" + at + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("");
        } catch (EOFException e) {
            return "is a truncated gzip file (it ends in the middle of the compressed data)";
        } catch (ZipException e) {
            return "is not a gzip file (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }
}
