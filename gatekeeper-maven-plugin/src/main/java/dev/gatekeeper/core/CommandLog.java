package dev.gatekeeper.core;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns a command's raw output into the redacted log Gatekeeper keeps, streaming: whatever the
 * command printed, memory holds one bounded line and the tail, never the whole output.
 *
 * <p>A line longer than {@link #MAX_LINE_BYTES} is broken into lines of at most that size (so that
 * every reader of the log can read it line by line); at most {@code maxBytes} of output are kept,
 * then a line says the rest was cut. The tail is the last lines of the whole output, also beyond the cut.
 */
final class CommandLog {
    /** The longest line kept as one line, in bytes; longer ones are broken. */
    static final int MAX_LINE_BYTES = 64 * 1024;
    /** The longest tail line shown in a finding, in characters. */
    static final int MAX_TAIL_LINE_CHARS = 1000;

    private CommandLog() {}

    /** What was kept: the redacted tail, and how many bytes of output there were in all. */
    record Written(List<String> tail, long outputBytes) {}

    static Written write(Path raw, Path logFile, SecretRedactor redactor, long maxBytes) throws IOException {
        Path parent = logFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + logFile.getFileName(), ".tmp");
        try {
            Written written;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(raw), 64 * 1024);
                    Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                written = copy(in, out, redactor, maxBytes);
            }
            try {
                Files.move(temp, logFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, logFile, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Written copy(InputStream in, Writer out, SecretRedactor redactor, long maxBytes) throws IOException {
        Lines lines = new Lines(out, redactor, maxBytes);
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    lines.append(buffer, from, i - from);
                    lines.endLine(true);
                    from = i + 1;
                }
            }
            lines.append(buffer, from, read - from);
        }
        lines.endLine(false);
        return lines.finish();
    }

    /** The line being read, the lines kept, and the tail. */
    private static final class Lines {
        private final Writer out;
        private final SecretRedactor.LineRedactor redactor;
        private final long maxBytes;
        private final Deque<String> shownTail = new ArrayDeque<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private long total;
        private long kept;
        private boolean cut;

        Lines(Writer out, SecretRedactor redactor, long maxBytes) {
            this.out = out;
            this.redactor = redactor.lines();
            this.maxBytes = maxBytes;
        }

        void append(byte[] bytes, int from, int length) throws IOException {
            int at = from;
            int left = length;
            while (left > 0) {
                int room = MAX_LINE_BYTES - line.size();
                int take = Math.min(room, left);
                line.write(bytes, at, take);
                at += take;
                left -= take;
                if (line.size() >= MAX_LINE_BYTES) {
                    breakLongLine();
                }
            }
        }

        /** A line too long to keep whole ends here, at a character boundary. */
        private void breakLongLine() throws IOException {
            byte[] all = line.toByteArray();
            int end = characterBoundary(all);
            line.reset();
            line.write(all, end, all.length - end);
            emit(all, end, false);
        }

        void endLine(boolean newline) throws IOException {
            if (newline || line.size() > 0) {
                byte[] all = line.toByteArray();
                line.reset();
                emit(all, all.length, newline);
            }
        }

        private void emit(byte[] bytes, int length, boolean newline) throws IOException {
            long size = length + (newline ? 1 : 0);
            total += size;
            // every line passes the redactor, kept or not, so that a private-key block is masked in the tail too
            String shown = redactor.line(new String(bytes, 0, length, StandardCharsets.UTF_8));
            if (!cut && kept + size <= maxBytes) {
                kept += size;
                out.write(shown);
                out.write('\n');
            } else {
                cut = true;
            }
            remember(shownTail, shown);
        }

        Written finish() throws IOException {
            if (cut) {
                out.write("[gatekeeper: output cut after " + kept + " of " + total + " bytes; the limit is " + maxBytes
                        + "]\n");
            }
            List<String> tail = shownTail.stream().map(CommandLog::shortened).toList();
            return new Written(tail, total);
        }
    }

    private static void remember(Deque<String> tail, String text) {
        String line = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        tail.addLast(line);
        if (tail.size() > ProcessRunner.TAIL_LINES) {
            tail.removeFirst();
        }
    }

    /** The length of {@code bytes} up to the start of a UTF-8 character that may continue beyond them. */
    private static int characterBoundary(byte[] bytes) {
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int lead = bytes[end - back] & 0xFF;
            if ((lead & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for its lead byte
            }
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return length > back ? end - back : end;
        }
        return end;
    }

    private static String shortened(String line) {
        return line.length() <= MAX_TAIL_LINE_CHARS ? line : line.substring(0, MAX_TAIL_LINE_CHARS) + " [...]";
    }
}
