package dev.gatekeeper.docs;

/** A Markdown file that cannot be read as UTF-8 text; the message says why, after the file's name ("is not UTF-8 text"). */
final class UnreadableDocException extends Exception {
    UnreadableDocException(String message) {
        super(message);
    }
}
