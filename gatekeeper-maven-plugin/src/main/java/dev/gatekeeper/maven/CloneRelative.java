package dev.gatekeeper.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * A configuration value as every clone of the same commit sees it: the absolute path of the working copy (the
 * reactor's top directory) written as {@value #ROOT}, so {@code ${project.basedir}/osv-db} digests the same in
 * {@code /home/ci/work/a} and in {@code /tmp/b}, and a reuse record found in a shared store matches.
 */
public final class CloneRelative {
    static final String ROOT = "${gatekeeper.root}";

    private CloneRelative() {}

    /** The reactor's top directory (absolute, normalized), or null when the session has none. */
    public static String rootOf(MavenSession session) {
        MavenProject top = session.getTopLevelProject();
        File basedir = top == null ? null : top.getBasedir();
        if (basedir == null && session.getExecutionRootDirectory() != null) {
            basedir = new File(session.getExecutionRootDirectory());
        }
        return basedir == null
                ? null
                : basedir.toPath().toAbsolutePath().normalize().toString();
    }

    /**
     * {@code value} with every occurrence of {@code root} that ends at a path boundary (the end, a separator, or a
     * character that cannot continue a file name such as {@code ,} or {@code ]}) written as {@value #ROOT}.
     */
    public static String of(String value, String root) {
        if (value == null || root == null || root.isEmpty() || Path.of(root).getParent() == null) {
            return value; // the file system's root is a prefix of every path: nothing to gain
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = value.indexOf(root); at >= 0; at = value.indexOf(root, from)) {
            int end = at + root.length();
            boolean boundary = end == value.length() || "/\\,;: ]\"'".indexOf(value.charAt(end)) >= 0;
            out.append(value, from, at).append(boundary ? ROOT : root);
            from = end;
        }
        return out.append(value.substring(from)).toString();
    }
}
