package dev.gatekeeper.certify;

import java.nio.file.Path;
import java.util.List;

/** The report files of a module: those that count for this build and those ignored. */
public record ReportScan(List<Path> counted, List<IgnoredReport> ignored) {
    public ReportScan {
        counted = List.copyOf(counted);
        ignored = List.copyOf(ignored);
    }
}
