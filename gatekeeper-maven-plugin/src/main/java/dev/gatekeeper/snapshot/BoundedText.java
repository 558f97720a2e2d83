package dev.gatekeeper.snapshot;

/**
 * The start of a file that may be too big to hold in memory.
 *
 * @param text      the first bytes of the file, decoded as UTF-8 (malformed bytes become U+FFFD)
 * @param truncated whether the file has more bytes than were read
 * @param size      the file's size in bytes when it was read
 */
public record BoundedText(String text, boolean truncated, long size) {}
