package dev.gatekeeper.docs;

/** A Markdown file that cannot be read as UTF-8 text; the message names the file and why. */
final class UnreadableDocException extends Exception {
    UnreadableDocException(String message) {
        super(message);
    }
}
