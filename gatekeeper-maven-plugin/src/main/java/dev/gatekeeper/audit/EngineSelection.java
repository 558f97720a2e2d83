package dev.gatekeeper.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which scanners the audit runs, and why the others do not. An explicit {@code gatekeeper.audit.engines}
 * decides alone. Without it: OSV whenever its data can be had (an explicit database, or the managed one:
 * online it is downloaded or confirmed, offline its cached copy is used), and Dependency-Check in addition
 * when NVD data is configured (a mirror, an NVD API key, a data directory holding a database, or
 * {@code gatekeeper.audit.onlineUpdate}). When neither has data, OSV is chosen: its ERROR says how to prime
 * the managed database's cache.
 *
 * @param engines the scanners to run, never empty
 * @param ran     why each one runs, as the log shows it ({@code osv (managed database)})
 * @param notRun  why each other one does not run, with what to configure
 */
public record EngineSelection(Set<AuditEngine> engines, List<String> ran, List<String> notRun) {
    static final String NO_NVD_DATA = "no NVD data configured (set gatekeeper.audit.nvdDatafeedUrl to an NVD mirror,"
            + " gatekeeper.audit.nvdApiServerId to a settings <server> whose password is an NVD API key, the"
            + " environment variable NVD_API_KEY, or gatekeeper.audit.dataDirectory to a Dependency-Check data"
            + " directory; or choose with gatekeeper.audit.engines)";

    /**
     * What the default choice is made from; nothing here is read from the network.
     *
     * @param osvDatabaseConfigured  {@code gatekeeper.audit.osv.database} is set
     * @param managedCopyCached      the managed OSV database has a copy in its cache directory
     * @param offline                Maven is offline ({@code -o})
     * @param nvdDatafeedUrl         an NVD mirror is configured
     * @param nvdApiKey              where an NVD API key comes from ({@code server 'nvd'}, {@code NVD_API_KEY}),
     *                               or null
     * @param dependencyCheckDatabase Dependency-Check's data directory holds a database
     * @param onlineUpdate           {@code gatekeeper.audit.onlineUpdate} lets Dependency-Check build its own
     */
    public record Facts(
            boolean osvDatabaseConfigured,
            boolean managedCopyCached,
            boolean offline,
            boolean nvdDatafeedUrl,
            String nvdApiKey,
            boolean dependencyCheckDatabase,
            boolean onlineUpdate) {}

    public EngineSelection {
        engines = Set.copyOf(engines);
        ran = List.copyOf(ran);
        notRun = List.copyOf(notRun);
    }

    /**
     * @param explicit {@code gatekeeper.audit.engines} as given; null or blank chooses by {@code facts}
     * @throws IllegalArgumentException when {@code explicit} names an unknown engine
     */
    public static EngineSelection choose(String explicit, Facts facts) {
        if (explicit != null && !explicit.isBlank()) {
            Set<AuditEngine> engines = AuditEngine.parseList(explicit);
            List<String> ran = new ArrayList<>();
            List<String> notRun = new ArrayList<>();
            for (AuditEngine engine : AuditEngine.values()) {
                if (engines.contains(engine)) {
                    ran.add(engine.id());
                } else {
                    notRun.add(engine.id() + " not run: not named in gatekeeper.audit.engines");
                }
            }
            return new EngineSelection(engines, ran, notRun);
        }
        Set<AuditEngine> engines = EnumSet.noneOf(AuditEngine.class);
        List<String> ran = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        String osvData = osvData(facts);
        String nvdData = nvdData(facts);
        if (osvData != null) {
            engines.add(AuditEngine.OSV);
            ran.add(AuditEngine.OSV.id() + " (" + osvData + ")");
        }
        if (nvdData != null) {
            engines.add(AuditEngine.DEPENDENCY_CHECK);
            ran.add(AuditEngine.DEPENDENCY_CHECK.id() + " (" + nvdData + ")");
        } else {
            notRun.add(AuditEngine.DEPENDENCY_CHECK.id() + " not run: " + NO_NVD_DATA);
        }
        if (osvData == null) {
            String why =
                    "offline and no copy of the managed OSV database is cached (run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update'"
                            + " once online, or restore gatekeeper.audit.osv.cacheDirectory from a CI cache)";
            if (engines.isEmpty()) {
                // Nothing can scan: OSV's own ERROR says how to prime the cache.
                engines.add(AuditEngine.OSV);
                ran.add(AuditEngine.OSV.id() + " (managed database, none cached)");
            } else {
                notRun.add(AuditEngine.OSV.id() + " not run: " + why);
            }
        }
        return new EngineSelection(engines, ran, notRun);
    }

    private static String osvData(Facts facts) {
        if (facts.osvDatabaseConfigured()) {
            return "gatekeeper.audit.osv.database";
        }
        if (!facts.offline()) {
            return "managed database";
        }
        return facts.managedCopyCached() ? "managed database, cached copy" : null;
    }

    private static String nvdData(Facts facts) {
        if (facts.nvdDatafeedUrl()) {
            return "NVD mirror gatekeeper.audit.nvdDatafeedUrl";
        }
        if (facts.nvdApiKey() != null && !facts.offline()) {
            return "NVD API key from " + facts.nvdApiKey();
        }
        if (facts.dependencyCheckDatabase()) {
            return "Dependency-Check database in gatekeeper.audit.dataDirectory";
        }
        if (facts.onlineUpdate() && !facts.offline()) {
            return "gatekeeper.audit.onlineUpdate";
        }
        return null;
    }

    /** The log line: {@code engines: osv (managed database); dependency-check not run: …}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("engines: " + String.join(", ", ran));
        parts.addAll(notRun);
        return String.join("; ", parts);
    }
}
