package dev.gatekeeper.audit.osv.download;

import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Whether a downloaded file is a complete OSV export: a zip whose central directory is there (a truncated zip
 * has none), whose every entry inflates to its recorded size and CRC-32, and with at least one {@code .json}
 * entry. Nothing is extracted and entry names are never used as paths.
 */
final class ZipIntegrity {
    /** No advisory is this large (the largest real ones are a few hundred kilobytes): a zip bomb is refused. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private ZipIntegrity() {}

    /** Null when the zip is whole, else what is wrong with it. */
    static String problem(Path zip) {
        return problem(zip, MAX_ENTRY_BYTES);
    }

    static String problem(Path zip, long maxEntryBytes) {
        int json = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        crc.update(buffer, 0, read);
                        size += read;
                        if (size > maxEntryBytes) {
                            return "its entry " + printable(entry.getName()) + " inflates to more than "
                                    + maxEntryBytes / (1024 * 1024) + " MB, which no advisory does";
                        }
                    }
                }
                if (entry.getSize() >= 0 && size != entry.getSize()) {
                    return "its entry " + printable(entry.getName()) + " inflates to " + size + " bytes, "
                            + entry.getSize() + " are recorded";
                }
                if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                    return "its entry " + printable(entry.getName()) + " fails its CRC check (damaged in transfer)";
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    json++;
                }
            }
        } catch (ZipException e) {
            return "it is not a complete zip (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "it cannot be read as a zip (" + IoProblems.describe(e) + ")";
        }
        return json == 0 ? "the zip holds no .json advisory" : null;
    }

    private static String printable(String name) {
        String shown = name.length() > 120 ? name.substring(0, 120) + "…" : name;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
