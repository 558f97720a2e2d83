package dev.gatekeeper.mojo;

import dev.gatekeeper.audit.ManagedOsvDatabase;
import dev.gatekeeper.audit.maven.MavenHttpAccess;
import dev.gatekeeper.audit.osv.InvalidOsvDatabaseException;
import dev.gatekeeper.audit.osv.OsvIndexCache;
import dev.gatekeeper.audit.osv.download.DownloadSettings;
import dev.gatekeeper.audit.osv.download.OsvDatabaseDownload;
import dev.gatekeeper.core.GateId;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Refreshes the audit's managed OSV database and builds its index, nothing else: for a CI step that warms a
 * shared cache before the builds that run the audit offline. Not a gate: no result, no verdict row.
 */
@Mojo(name = GateId.Goals.AUDIT_UPDATE, requiresProject = false, aggregator = true, threadSafe = true)
public class AuditUpdateMojo extends AbstractMojo {
    private static final String PREFIX = GateId.Goals.AUDIT_UPDATE + ": ";

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Where the managed database and its index are kept (default ~/.cache/gatekeeper/osv); the one directory a
     * CI cache keeps.
     */
    @Parameter(property = "gatekeeper.audit.osv.cacheDirectory")
    private File osvCacheDirectory;

    /** Where the managed OSV database is downloaded from (default osv.dev's Maven export), such as a mirror. */
    @Parameter(property = "gatekeeper.audit.osv.url")
    private String osvUrl;

    /** The settings {@code <server>} whose user name and password are sent to gatekeeper.audit.osv.url's host. */
    @Parameter(property = "gatekeeper.audit.osv.serverId")
    private String osvServerId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path cache = osvCacheDirectory == null ? OsvIndexCache.defaultDirectory() : osvCacheDirectory.toPath();
        ManagedOsvDatabase managed;
        try {
            URI url = ManagedOsvDatabase.url(osvUrl);
            managed = ManagedOsvDatabase.refresh(
                    new DownloadSettings(
                            url,
                            OsvDatabaseDownload.directoryUnder(cache),
                            MavenHttpAccess.of(session.getRepositorySession(), url, osvServerId),
                            null,
                            null,
                            session.isOffline()),
                    line -> getLog().info(PREFIX + line),
                    Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(PREFIX + e.getMessage(), e);
        }
        if (!managed.available()) {
            throw new MojoFailureException(PREFIX + "no OSV database: " + managed.failure());
        }
        OsvDatabaseDownload.Copy copy = managed.copy();
        if (copy.outcome() == OsvDatabaseDownload.Outcome.FAILED_KEPT_COPY) {
            getLog().warn(PREFIX + "the refresh failed, the cached copy is kept: " + copy.warning());
        }
        OsvIndexCache.Loaded loaded;
        try {
            loaded = new OsvIndexCache(cache).load(copy.zip());
        } catch (InvalidOsvDatabaseException e) {
            throw new MojoFailureException(
                    PREFIX + "the OSV database " + copy.zip() + " cannot be read: " + e.getMessage());
        }
        getLog().info(PREFIX + managed.describe(loaded.index().dataUpdatedAt()));
        getLog().info(PREFIX + copy.zip() + " (" + copy.bytes() + " bytes, "
                + loaded.index().advisoriesRead()
                + " advisories, index "
                + (loaded.origin() == OsvIndexCache.Origin.CACHE ? "from the cache" : "built") + " in " + cache
                + ")");
    }
}
