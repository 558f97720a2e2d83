package dev.gatekeeper.certify;

import java.nio.file.Path;

/** A report file that was found but does not count, and why. */
public record IgnoredReport(Path file, Reason reason) {

    public enum Reason {
        /** Written before this build started: left over from an earlier run. */
        OLDER_THAN_BUILD("older than this build"),
        /** Names a test class that is no longer compiled: the test was deleted or renamed. */
        TEST_CLASS_GONE("its test class no longer exists");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }
}
