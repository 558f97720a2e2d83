package dev.gatekeeper.core;

/**
 * Where a user of the plugin reads its documentation: the published pages (the project's {@code <url>}
 * in the root pom.xml, then the docs folder on the main branch) and the plugin's own {@code help} goal.
 * Messages and fixes point here, never to a path that exists only in Gatekeeper's repository.
 */
public final class UserDocs {
    /** The project's {@code <url>}; a unit test keeps it equal to the root pom.xml's. */
    public static final String PROJECT_URL = "https://github.com/gatekeeper-dev/gatekeeper";
    /** The published docs folder, ending in '/'. */
    public static final String BASE = PROJECT_URL + "/blob/main/docs/";

    private UserDocs() {}

    /** The published page {@code name} ({@code "audit"} for audit.md). */
    public static String page(String name) {
        return BASE + name + ".md";
    }

    /** The published page {@code name} at the heading with id {@code anchor}. */
    public static String page(String name, String anchor) {
        return page(name) + "#" + anchor;
    }

    /** The command that prints a goal's description and every parameter of it. */
    public static String help(String goal) {
        return "mvn dev.gatekeeper:gatekeeper-maven-plugin:help -Ddetail -Dgoal=" + goal;
    }
}
