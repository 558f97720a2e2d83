package dev.gatekeeper.reuse;

import java.io.IOException;
import java.util.Optional;

/**
 * Where reuse records live beyond {@code target/} (issue 19): a local directory a CI cache keeps, or a remote
 * store reached through Maven Resolver's transport. A key is a short, path-safe string (the gate, the module's
 * {@code groupId:artifactId} and the digest of the commit-independent inputs, hashed); the content is a record
 * the caller verifies (its inputs match exactly, its signature when the evidence key is configured) before
 * trusting it. Implementations never throw for a missing key, write atomically (a reader never sees half a
 * record), and make two writers of one key harmless (last one wins, both whole).
 */
public interface ReuseStore {
    /** The largest record a store reads or writes; a record is a few KiB, a gate's carried outputs some MiB. */
    long MAX_RECORD_BYTES = 8L * 1024 * 1024;

    /** The record stored under {@code key}, or empty when there is none. */
    Optional<byte[]> get(String key) throws IOException;

    /** Stores {@code content} under {@code key}, replacing what was there. */
    void put(String key, byte[] content) throws IOException;

    /**
     * False once the store failed in this build (a remote store that is down): it is then no longer asked, and a
     * gate runs as without a store; the store said why when it failed.
     */
    default boolean usable() {
        return true;
    }

    /** How the store is named in log lines and evidence: a directory or a URL without credentials. */
    String describe();
}
