package dev.gatekeeper.docs;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.SecretRedactor;
import dev.gatekeeper.core.UserDocs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the docs in sync with what they describe: every relative link and repository path in the
 * Markdown files resolves, and every embedded surface (a CLI's help, a plugin's goals or parameters,
 * a file) equals what the product generates now, or is rewritten in update mode.
 */
public final class DocsGate implements Gate {
    static final int SHOWN_DIFF_LINES = 60;

    private final DocsSettings settings;

    public DocsGate(DocsSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return GateId.DOCS.goal();
    }

    /** Where the first block of a surface is: the doc (as findings show it) and its 1-based line. */
    private record Location(String doc, int line) {}

    /** What one run saw, for the summary and for coverage. */
    private static final class Tally {
        int links;
        int pathReferences;
        int inSync;
        int updated;
        final StringBuilder prose = new StringBuilder();
        final Map<String, Location> firstUse = new LinkedHashMap<>();
        final Set<String> reportedUnavailable = new LinkedHashSet<>();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) throws IOException, InterruptedException {
        List<Path> files = DocFiles.find(settings.docsDirectory(), settings.includes(), settings.excludes());
        if (files.isEmpty()) {
            noFiles(evaluation);
            return;
        }
        deleteOldDiffs();
        AnchorIndex anchors = new AnchorIndex();
        List<MarkdownDoc> docs = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files) {
            String outside = ConfinedReads.problem(settings.repositoryRoot(), file, settings.display(file));
            if (outside != null) {
                evaluation.add(Finding.of(DocsCodes.READ_OUTSIDE, GateStatus.ERROR, outside)
                        .withFile(settings.display(file), null)
                        .withFix("Replace the link " + settings.display(file)
                                + " with the Markdown file itself, or exclude it"
                                + " with <excludes> of the docs goal"));
                continue;
            }
            try {
                MarkdownDoc doc = MarkdownDoc.read(file);
                docs.add(doc);
                anchors.add(doc);
                fingerprint
                        .append(settings.display(file))
                        .append(' ')
                        .append(Digests.sha256(doc.text()))
                        .append('\n');
            } catch (UnreadableDocException e) {
                evaluation.add(Finding.of(
                                DocsCodes.UNREADABLE, GateStatus.ERROR, settings.display(file) + " " + e.getMessage())
                        .withFile(settings.display(file), null)
                        .withFix("Make " + settings.display(file) + " a UTF-8 Markdown file of at most "
                                + MarkdownDoc.MAX_BYTES / (1024 * 1024) + " MB, or exclude it with <excludes>"));
            }
        }
        evaluation.input("docs", Digests.sha256(fingerprint.toString()));
        Tally tally = new Tally();
        DocChecks checks = new DocChecks(
                new LinkCheck(settings, anchors),
                new PathReferences(settings),
                new SurfaceRenderer(settings, evaluation));
        for (MarkdownDoc doc : docs) {
            checkDoc(doc, checks, tally, evaluation);
        }
        for (Surface surface : settings.surfaces()) {
            if (!tally.firstUse.containsKey(surface.name())) {
                evaluation.add(Finding.of(
                                DocsCodes.SURFACE_UNUSED,
                                GateStatus.WARN,
                                "Surface '" + surface.name() + "' is configured but no doc embeds it")
                        .withFix("Embed it in a doc between <!-- gatekeeper:surface " + surface.name()
                                + " --> and <!-- /gatekeeper:surface -->, or remove it from <surfaces>"));
            }
        }
        if (settings.coverage()) {
            checkCoverage(checks, tally, evaluation);
        }
        logProblems(evaluation);
        evaluation.summary(summary(docs.size(), tally));
    }

    /**
     * A module without Markdown: with the default or inherited paths (a parent's profile binds the goal
     * in every module) there is nothing to judge, SKIPPED; paths the module configured itself that match
     * nothing are likely a mistake, a warning.
     */
    private void noFiles(GateEvaluation evaluation) {
        String patterns = settings.includes() + (settings.excludes().isEmpty() ? "" : " minus " + settings.excludes());
        String shown = settings.display(settings.docsDirectory());
        if (!settings.pathsConfigured()) {
            evaluation.skip("no Markdown files: none under " + (shown.isEmpty() ? "the module's directory" : shown)
                    + " matches " + patterns);
            return;
        }
        evaluation.add(Finding.of(
                        DocsCodes.NO_FILES,
                        GateStatus.WARN,
                        "No Markdown file under "
                                + (shown.isEmpty() ? "the module's directory (the repository root)" : shown)
                                + " matches " + patterns)
                .withFix("Set <includes> of the docs goal in this module's pom.xml to globs of its Markdown files,"
                        + " relative to " + (shown.isEmpty() ? "the module's directory" : shown)
                        + " ('" + UserDocs.help(GateId.DOCS.goal()) + "' describes every parameter)"));
    }

    private void checkDoc(MarkdownDoc doc, DocChecks checks, Tally tally, GateEvaluation evaluation)
            throws IOException, InterruptedException {
        String shown = settings.display(doc.path());
        SurfaceMarkers.Markers markers = SurfaceMarkers.find(doc);
        boolean rewritable = markers.problems().isEmpty();
        for (SurfaceMarkers.Problem problem : markers.problems()) {
            evaluation.add(
                    Finding.of(DocsCodes.UNCLOSED_SURFACE, GateStatus.HOLD, problem.message())
                            .withFile(shown, problem.line() + 1)
                            .withFix(
                                    "Give every <!-- gatekeeper:surface NAME --> line its own <!-- /gatekeeper:surface --> line after it"));
        }
        List<SurfaceMarkers.Block> known = new ArrayList<>();
        for (SurfaceMarkers.Block block : markers.blocks()) {
            if (settings.surface(block.name()) == null) {
                rewritable = false;
                evaluation.add(unknownSurface(block, shown));
            } else {
                known.add(block);
                tally.firstUse.putIfAbsent(block.name(), new Location(shown, block.openLine() + 1));
            }
        }
        for (int i = 0; i < doc.lines().size(); i++) {
            if (!inBlock(markers.blocks(), i)) {
                tally.prose.append(doc.lines().get(i)).append('\n');
            }
        }
        for (MarkdownDoc.Reference link : doc.links()) {
            if (!inBlock(markers.blocks(), link.line() - 1)) {
                tally.links++;
                addIfAny(evaluation, checks.links().check(doc, link));
            }
        }
        for (MarkdownDoc.CodeSpan span : doc.codeSpans()) {
            if (!inBlock(markers.blocks(), span.line() - 1) && checks.paths().isReference(doc, span)) {
                tally.pathReferences++;
                addIfAny(evaluation, checks.paths().check(doc, span));
            }
        }
        List<SurfaceSync.Stale> stale = new ArrayList<>();
        for (SurfaceMarkers.Block block : known) {
            Surface surface = settings.surface(block.name());
            Rendering rendering = checks.renderer().render(surface);
            if (!rendering.available()) {
                rewritable = false;
                reportUnavailable(surface, rendering, new Location(shown, block.openLine() + 1), tally, evaluation);
                continue;
            }
            SurfaceSync.Stale difference = SurfaceSync.compare(doc, block, rendering.markdown(), shown, surface.name());
            if (difference == null) {
                tally.inSync++;
            } else {
                stale.add(difference);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        if (settings.update() && rewritable && Files.isSymbolicLink(doc.path())) {
            evaluation.add(symbolicLink(doc));
            return;
        }
        if (settings.update() && rewritable) {
            try {
                AtomicFiles.write(doc.path(), doc.encode(SurfaceSync.rewrite(doc, stale)));
            } catch (AtomicFiles.SymbolicLinkException e) {
                // A link made since the check above.
                evaluation.add(symbolicLink(doc));
                return;
            }
            for (SurfaceSync.Stale block : stale) {
                tally.updated++;
                evaluation
                        .log()
                        .info("rewrote surface '" + block.block().name() + "' in " + shown + ":"
                                + (block.block().openLine() + 1));
                evaluation.add(Finding.of(
                                DocsCodes.SURFACE_UPDATED,
                                GateStatus.PASS,
                                "Rewrote the block of surface '" + block.block().name() + "' with its current content")
                        .withFile(shown, block.block().openLine() + 1)
                        .withFix("Review the change with 'git diff " + shown + "' and commit it"));
            }
            return;
        }
        for (SurfaceSync.Stale block : stale) {
            evaluation.add(staleFinding(doc, block, rewritable));
        }
    }

    /** Update mode does not replace a committed link with a file, nor write through it to a file elsewhere. */
    private Finding symbolicLink(MarkdownDoc doc) throws IOException {
        String shown = settings.display(doc.path());
        String target = settings.display(doc.path()
                .toAbsolutePath()
                .getParent()
                .resolve(Files.readSymbolicLink(doc.path()))
                .normalize());
        return Finding.of(
                        DocsCodes.SYMLINK_NOT_REWRITTEN,
                        GateStatus.HOLD,
                        shown + " is a symbolic link (to " + target + "); its stale surface blocks were not rewritten,"
                                + " since update mode does not replace a link with a file nor write through it")
                .withFile(shown, null)
                .withFix("Include " + target + " instead of the link in <includes> of the docs goal (or exclude "
                        + shown + "), or replace the link with the file, then run '" + DocsSettings.UPDATE_COMMAND
                        + "' again");
    }

    private Finding unknownSurface(SurfaceMarkers.Block block, String shown) {
        List<String> names = settings.surfaceNames();
        String configured = names.isEmpty() ? "none is configured" : "configured: " + String.join(", ", names);
        String message = block.name().isEmpty()
                ? "A surface marker names no surface (" + configured + ")"
                : "The surface marker names '" + block.name() + "', which is not a configured surface (" + configured
                        + ")";
        return Finding.of(DocsCodes.UNKNOWN_SURFACE, GateStatus.HOLD, message)
                .withFile(shown, block.openLine() + 1)
                .withFix(
                        names.isEmpty()
                                ? "Add a <surface> named '" + block.name() + "' to <surfaces> of the docs goal"
                                : "Name one of " + String.join(", ", names)
                                        + " in the marker, or add a <surface> named '" + block.name()
                                        + "' to <surfaces> of the docs goal");
    }

    private Finding staleFinding(MarkdownDoc doc, SurfaceSync.Stale stale, boolean rewritable) throws IOException {
        String shown = settings.display(doc.path());
        String name = stale.block().name();
        Path diffFile = settings.outputDirectory().resolve(shown.replace('/', '_') + "." + name + ".diff");
        AtomicFiles.writeString(diffFile, SecretRedactor.build().redact(String.join("\n", stale.diff()) + "\n"));
        String detail = SurfaceSync.bounded(stale.diff(), SHOWN_DIFF_LINES, settings.display(diffFile));
        int line = stale.block().openLine() + 1;
        return Finding.of(
                        DocsCodes.SURFACE_STALE,
                        GateStatus.HOLD,
                        "The block of surface '" + name + "' differs from its current content (" + stale.changedLines()
                                + " changed line" + (stale.changedLines() == 1 ? "" : "s") + ")")
                .withFile(shown, line)
                .withDetail(detail)
                .withFix(
                        rewritable
                                ? "Run '" + DocsSettings.UPDATE_COMMAND + "' to rewrite the block"
                                : "Fix the other surface findings of " + shown
                                        + " first (it is not rewritten while they remain). Run '"
                                        + DocsSettings.UPDATE_COMMAND + "' to rewrite the block");
    }

    private void reportUnavailable(
            Surface surface, Rendering rendering, Location where, Tally tally, GateEvaluation evaluation) {
        if (!tally.reportedUnavailable.add(surface.name())) {
            return;
        }
        Finding finding = Finding.of(
                        DocsCodes.SURFACE_UNAVAILABLE,
                        GateStatus.ERROR,
                        "Surface '" + surface.name() + "' cannot be rendered: " + rendering.unavailable())
                .withFix("Fix <surface> '" + surface.name() + "' of the docs goal, or what it reads; logs are in "
                        + settings.display(settings.outputDirectory()))
                .withDetail(rendering.detail());
        evaluation.add(where == null ? finding : finding.withFile(where.doc(), where.line()));
    }

    private void checkCoverage(DocChecks checks, Tally tally, GateEvaluation evaluation)
            throws IOException, InterruptedException {
        String prose = tally.prose.toString();
        Set<String> reported = new LinkedHashSet<>();
        List<Surface> mostSpecificFirst = new ArrayList<>(settings.surfaces());
        mostSpecificFirst.sort(Comparator.comparingInt(DocsGate::coverageRank));
        for (Surface surface : mostSpecificFirst) {
            if (surface.source() instanceof Surface.FileSource) {
                continue;
            }
            Rendering rendering = checks.renderer().render(surface);
            Location where = tally.firstUse.get(surface.name());
            if (!rendering.available()) {
                reportUnavailable(surface, rendering, where, tally, evaluation);
                continue;
            }
            for (Rendering.Mention mention : rendering.mentions()) {
                if (!Mentions.anyMentioned(prose, mention.names())
                        && reported.add(mention.code() + " " + mention.label())) {
                    Finding finding = Finding.of(
                                    mention.code(),
                                    GateStatus.HOLD,
                                    "The " + mention.label() + " of surface '" + surface.name()
                                            + "' is not mentioned in the docs (outside generated blocks)")
                            .withFix(
                                    "Describe " + mention.names().get(0) + " in the docs, or switch the check off with "
                                            + "-Dgatekeeper.docs.coverage=false");
                    evaluation.add(where == null ? finding : finding.withFile(where.doc(), where.line()));
                }
            }
        }
    }

    /**
     * A parameter shared by a goal's table and the whole plugin's goal table is reported once, at the
     * goal's table, where the reader would look for it.
     */
    private static int coverageRank(Surface surface) {
        return surface.source() instanceof Surface.DescriptorSource descriptor && descriptor.goal() == null ? 1 : 0;
    }

    private void logProblems(GateEvaluation evaluation) {
        for (Finding finding : evaluation.findings()) {
            if (finding.severity() == GateStatus.PASS) {
                continue;
            }
            String location = finding.file() == null
                    ? ""
                    : finding.file() + (finding.line() == null ? "" : ":" + finding.line()) + ": ";
            evaluation.log().warn(location + finding.message());
            if (finding.code().equals(DocsCodes.SURFACE_STALE.code()) && finding.detail() != null) {
                finding.detail().lines().forEach(line -> evaluation.log().warn(line));
            }
        }
    }

    private static String summary(int files, Tally tally) {
        return files + " file" + (files == 1 ? "" : "s") + ": " + tally.links + " link" + (tally.links == 1 ? "" : "s")
                + ", "
                + tally.pathReferences + " path reference" + (tally.pathReferences == 1 ? "" : "s") + ", "
                + tally.inSync + " surface" + (tally.inSync == 1 ? "" : "s") + " in sync"
                + (tally.updated == 0 ? "" : ", " + tally.updated + " updated");
    }

    private static boolean inBlock(List<SurfaceMarkers.Block> blocks, int line) {
        return blocks.stream().anyMatch(b -> b.covers(line));
    }

    private static void addIfAny(GateEvaluation evaluation, Finding finding) {
        if (finding != null) {
            evaluation.add(finding);
        }
    }

    private void deleteOldDiffs() throws IOException {
        if (!Files.isDirectory(settings.outputDirectory())) {
            return;
        }
        try (DirectoryStream<Path> diffs = Files.newDirectoryStream(settings.outputDirectory(), "*.diff")) {
            for (Path diff : diffs) {
                Files.deleteIfExists(diff);
            }
        }
    }

    /** The checkers one run shares across docs. */
    private record DocChecks(LinkCheck links, PathReferences paths, SurfaceRenderer renderer) {}
}
