package dev.gatekeeper.smoke;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Every finding code the smoke gate emits, each defined once: its usual severity, what it means and
 * what a user does about it. Sites report a constant with their own message (and a specific fix where
 * they know one); {@code docs/finding-codes.md} is generated from these constants.
 */
public final class SmokeCodes {
    static final String GATE = GateId.Goals.SMOKE;

    public static final FindingCode CLASS_MALFORMED = code(
            "SMOKE_CLASS_MALFORMED",
            GateStatus.FAIL,
            "a class file in the jar is not a valid class file",
            "Rebuild the jar (mvn clean package); a tool that rewrites classes may have damaged it");

    public static final FindingCode CLASS_VERSION_TOO_NEW = code(
            "SMOKE_CLASS_VERSION_TOO_NEW",
            GateStatus.FAIL,
            "a class file is newer than the declared release (`maven.compiler.release`, else `.target`); multi-release entries are checked against their version directory",
            "Compile with maven.compiler.release set to the lowest Java version you support");

    public static final FindingCode CONSUMER_GRAPH_DIFFERS = code(
            "SMOKE_CONSUMER_GRAPH_DIFFERS",
            GateStatus.WARN,
            "a consumer of the published POM resolves a runtime classpath that differs from the one the build's tests ran with: another version (a downgrade or an upgrade; typically a transitive dependency whose version the build's dependencyManagement sets, which a consumer's Maven does not apply) or an artifact only one side has; HOLD with `gatekeeper.smoke.consumerGraph=HOLD`, for downgrades with `HOLD_DOWNGRADES`",
            "Declare the dependency with the tested version in the published module, or flatten the published POM with its dependency management resolved (flatten-maven-plugin, flattenDependencyMode all)");

    public static final FindingCode CONSUMER_GRAPH_MATCHES = code(
            "SMOKE_CONSUMER_GRAPH_MATCHES",
            GateStatus.PASS,
            "a consumer of the published POM resolves the runtime classpath the build's tests ran with; information",
            "Nothing to do (information)");

    public static final FindingCode CONSUMER_NOT_JUDGED_OFFLINE = code(
            "SMOKE_CONSUMER_NOT_JUDGED_OFFLINE",
            GateStatus.WARN,
            "offline (`mvn -o` or `gatekeeper.smoke.offline`) a consumer build needs an artifact the local repository does not hold, so the consumer's resolution was not judged",
            "Run the build once without -o so the consumer resolves from Maven Central, or fetch the artifact (mvn dependency:get -Dartifact=groupId:artifactId:version)");

    public static final FindingCode CONSUMER_RESOLUTION_FAILED = code(
            "SMOKE_CONSUMER_RESOLUTION_FAILED",
            GateStatus.FAIL,
            "a generated consumer project cannot resolve the module's runtime classpath from a new, empty local repository holding the reactor's POMs and artifacts",
            "Declare the missing dependency or repository in the published POM; the message has Maven's error");

    public static final FindingCode ENTRY_POINT_FAILED = code(
            "SMOKE_ENTRY_POINT_FAILED",
            GateStatus.FAIL,
            "the entry point (`--help`, a probe class, a plugin's help goal) ended with an exit code not expected, on a JDK lane",
            "Run the command the message shows; set <expectedExitCodes> when the exit code is intended");

    public static final FindingCode ENTRY_POINT_NOT_RUN = code(
            "SMOKE_ENTRY_POINT_NOT_RUN",
            GateStatus.WARN,
            "the entry point was not run on a JDK lane (nothing to run, or the lane could not run it)",
            "Give the module a Main-Class, a <mainClass> or a <probeClass>, or configure a usable JDK lane");

    public static final FindingCode ENTRY_POINT_PASSED = code(
            "SMOKE_ENTRY_POINT_PASSED",
            GateStatus.PASS,
            "the entry point ran on a JDK lane and ended with an expected exit code",
            "Nothing to do (information)");

    public static final FindingCode INSTALLED = code(
            "SMOKE_INSTALLED",
            GateStatus.PASS,
            "the reactor's POMs and artifacts were installed into the smoke test's clean local repository",
            "Nothing to do (information)");

    public static final FindingCode JAR_MAIN_CLASS_INVALID = code(
            "SMOKE_JAR_MAIN_CLASS_INVALID",
            GateStatus.FAIL,
            "the manifest's Main-Class is not a Java class name (or longer than 1024 characters)",
            "Set Main-Class in the jar plugin's manifest configuration to a class name");

    public static final FindingCode JAR_NO_MANIFEST = code(
            "SMOKE_JAR_NO_MANIFEST",
            GateStatus.WARN,
            "the jar has no `META-INF/MANIFEST.MF`",
            "Build the jar with the maven-jar-plugin, which writes a manifest");

    public static final FindingCode JAR_UNREADABLE = code(
            "SMOKE_JAR_UNREADABLE",
            GateStatus.FAIL,
            "the jar does not exist or is not a readable archive",
            "Rebuild the jar (mvn clean package)");

    public static final FindingCode JAR_UNSAFE_ENTRY = code(
            "SMOKE_JAR_UNSAFE_ENTRY",
            GateStatus.FAIL,
            "the jar has an entry with an absolute path, a drive letter, a backslash or `..`",
            "Remove the entry from what the build packages");

    public static final FindingCode JAVADOC_JAR_BY_RELEASE_PROFILE = code(
            "SMOKE_JAVADOC_JAR_BY_RELEASE_PROFILE",
            GateStatus.PASS,
            "the `-javadoc` jar is not attached by this build but by the release build's profile; information",
            "Nothing to do (information)");

    public static final FindingCode JAVADOC_JAR_MISSING = code(
            "SMOKE_JAVADOC_JAR_MISSING",
            GateStatus.HOLD,
            "no `-javadoc` jar is attached, by this build or by the release build's profile",
            "Attach it with the maven-javadoc-plugin's jar goal (in the release profile is enough)");

    public static final FindingCode JDK_UNUSABLE = code(
            "SMOKE_JDK_UNUSABLE",
            GateStatus.ERROR,
            "a configured JDK lane cannot be used (no such JDK, or its java does not start)",
            "Point <jdks> at an installed JDK, or the JDK toolchain at one in the toolchains.xml Maven reads (~/.m2/toolchains.xml, or the file given with -t / --global-toolchains)");

    public static final FindingCode METADATA_INHERITED = code(
            "SMOKE_METADATA_INHERITED",
            GateStatus.WARN,
            "Central metadata (url, description, developers) a published module inherits from a parent of another organisation",
            "Declare the element in the module's own POM");

    public static final FindingCode METADATA_MISSING = code(
            "SMOKE_METADATA_MISSING",
            GateStatus.HOLD,
            "metadata Maven Central requires (name, description, url, licenses, developers, scm) is missing from the effective POM",
            "Add the element the message names to the POM");

    public static final FindingCode NOT_PACKAGED = code(
            "SMOKE_NOT_PACKAGED",
            GateStatus.ERROR,
            "the smoke goal ran before the module was packaged",
            "Bind the smoke goal to verify (its default phase) so that it runs after package");

    public static final FindingCode NOT_PUBLISHED = code(
            "SMOKE_NOT_PUBLISHED",
            GateStatus.PASS,
            "the module is not published (deploy skipped, an application), so Central's requirements are not checked; the reason is in the evidence",
            "Set gatekeeper.smoke.published=true if the module is published after all");

    public static final FindingCode POM_UNREADABLE = code(
            "SMOKE_POM_UNREADABLE",
            GateStatus.FAIL,
            "the POM that is installed and deployed does not exist or does not parse",
            "Correct the POM the message names");

    public static final FindingCode POM_UNRESOLVED_EXPRESSION = code(
            "SMOKE_POM_UNRESOLVED_EXPRESSION",
            GateStatus.FAIL,
            "an unresolved `${…}` in the coordinates of the POM that is installed and deployed",
            "Flatten the POM (flatten-maven-plugin, resolveCiFriendliesOnly) or write the value out");

    public static final FindingCode SERVER_EXITED_BEFORE_READY = code(
            "SMOKE_SERVER_EXITED_BEFORE_READY",
            GateStatus.FAIL,
            "a server exited during start-up (or `java` could not start); the message has the exit code and the root cause",
            "Start it with the command shown and read why it stopped; for a program that ends rather than serves, set <mode>run</mode>");

    public static final FindingCode SERVER_NOT_READY = code(
            "SMOKE_SERVER_NOT_READY",
            GateStatus.FAIL,
            "a server was not ready within `<readyTimeout>` (or printed more than the output limit); the message says what it waited for",
            "Raise <readyTimeout>, or set <readyPattern> or <readyUrl> to a signal it gives when ready");

    public static final FindingCode SERVER_READY = code(
            "SMOKE_SERVER_READY",
            GateStatus.PASS,
            "a server started, became ready and stopped; port, time to ready and the ready signal are in the evidence",
            "Nothing to do (information)");

    public static final FindingCode SERVER_STOP_UNCLEAN = code(
            "SMOKE_SERVER_STOP_UNCLEAN",
            GateStatus.WARN,
            "a server was ready, but did not exit within 10 s of SIGTERM, exited with another code, or left processes behind",
            "Let it shut down on SIGTERM: a blocking shutdown hook or a non-daemon thread keeps the JVM alive");

    public static final FindingCode SIBLINGS_FROM_LOCAL_REPOSITORY = code(
            "SMOKE_SIBLINGS_FROM_LOCAL_REPOSITORY",
            GateStatus.PASS,
            "reactor modules outside the build were taken from the local repository (a parent POM without a copy there from the reactor); the files are in the detail",
            "Build them in the same run (add -am) to judge them as this build makes them");

    public static final FindingCode SIBLING_NOT_BUILT = code(
            "SMOKE_SIBLING_NOT_BUILT",
            GateStatus.WARN,
            "a module the consumer needs is neither in the build nor in the local repository",
            "Build the module in the same run (add -am), or install it first");

    public static final FindingCode SNAPSHOT_VERSION = code(
            "SMOKE_SNAPSHOT_VERSION",
            GateStatus.HOLD,
            "a release-track run (`gatekeeper.smoke.releaseTrack`) found a SNAPSHOT version",
            "Set the release version before merging into the release branch");

    public static final FindingCode SOURCES_JAR_BY_RELEASE_PROFILE = code(
            "SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE",
            GateStatus.PASS,
            "the `-sources` jar is not attached by this build but by the release build's profile; information",
            "Nothing to do (information)");

    public static final FindingCode SOURCES_JAR_MISSING = code(
            "SMOKE_SOURCES_JAR_MISSING",
            GateStatus.HOLD,
            "no `-sources` jar is attached, by this build or by the release build's profile",
            "Attach it with the maven-source-plugin's jar-no-fork goal (in the release profile is enough)");

    public static final FindingCode TEST_FRAMEWORKS_NOT_JUDGED = code(
            "SMOKE_TEST_FRAMEWORKS_NOT_JUDGED",
            GateStatus.WARN,
            "test frameworks on consumers' runtime classpath were not judged (the dependency graph could not be read)",
            "Run the build again with -e to see why the dependency graph could not be read");

    public static final FindingCode TEST_FRAMEWORK_AT_RUNTIME = code(
            "SMOKE_TEST_FRAMEWORK_AT_RUNTIME",
            GateStatus.HOLD,
            "a test framework (JUnit, TestNG, Mockito, AssertJ, …) is in the module's compile or runtime dependencies, directly or transitively",
            "Give the dependency <scope>test</scope>, or exclude it where it comes in");

    public static final FindingCode TEST_SUPPORT_LIBRARY = code(
            "SMOKE_TEST_SUPPORT_LIBRARY",
            GateStatus.PASS,
            "the module is a test-support library, so test frameworks among its dependencies are intended; information",
            "Nothing to do (information)");

    /** The gate broke with an unexpected exception; reported by the goal, not by a check. */
    public static final FindingCode GATE_ERROR = FindingCode.gateError(GATE);

    private SmokeCodes() {}

    /** Every code above, by code. */
    public static List<FindingCode> all() {
        return FindingCode.declaredIn(SmokeCodes.class);
    }

    private static FindingCode code(String code, GateStatus severity, String meaning, String fix) {
        return new FindingCode(code, GATE, severity, meaning, fix);
    }
}
