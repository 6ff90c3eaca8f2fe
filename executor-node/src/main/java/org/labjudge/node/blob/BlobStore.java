package org.labjudge.node.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.labjudge.protocol.BlobHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's content-addressed store of test inputs, answers and validator files: one file per blob in {@code dir},
 * named by its SHA-256, so it survives a restart. An upload is verified against its name and written to a temporary
 * file that is then moved into place, so a reader never sees half a blob and two uploads of the same blob do not
 * clash. Bounded by {@code maxBytes}: past it the least recently used blobs are deleted, except those a running
 * request holds a {@link BlobLease} on. The order of use survives a restart too (a blob's file time is set when it is
 * used). Thread-safe.
 */
public final class BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private static final String TEMPORARY = ".part";

    private final Path dir;
    private final LruIndex index;
    private long hits;
    private long misses;
    private long evictions;
    private long uploads;

    private BlobStore(Path dir, long maxBytes) {
        this.dir = dir;
        this.index = new LruIndex(maxBytes);
    }

    /**
     * Opens the store in {@code dir} (made when missing) with what an earlier run of the node left there, least
     * recently used first; half-written uploads are removed.
     *
     * @throws UncheckedIOException when the folder cannot be made or read
     */
    public static BlobStore open(Path dir, long maxBytes) {
        BlobStore store = new BlobStore(dir, maxBytes);
        store.load();
        return store;
    }

    private void load() {
        List<Path> held = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(TEMPORARY)) {
                        Files.deleteIfExists(file);
                    } else if (BlobHash.isValid(name) && Files.isRegularFile(file)) {
                        held.add(file);
                    }
                }
            }
            held.sort(Comparator.comparing(BlobStore::modified));
            synchronized (this) {
                for (Path file : held) {
                    delete(index.add(file.getFileName().toString(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the blob store " + dir + " cannot be read: " + e.getMessage(), e);
        }
        LOG.info("blob store {}: {} blob(s), {} bytes of at most {}", dir, index.count(), index.bytes(), index.maxBytes());
    }

    /**
     * Stores {@code bytes} as the blob {@code hash}.
     *
     * @return whether it was new (false: it was held already, and is now the most recently used)
     * @throws BlobRefusedException when the bytes do not hash to {@code hash}, or are larger than the whole store
     */
    public boolean put(String hash, byte[] bytes) {
        if (!BlobHash.isValid(hash)) {
            throw new BlobRefusedException("a blob's name is its SHA-256 in 64 lowercase hex digits, got \"" + hash + "\"");
        }
        String actual = BlobHash.of(bytes);
        if (!actual.equals(hash)) {
            throw new BlobRefusedException("the " + bytes.length + " bytes sent hash to " + actual + ", not to " + hash);
        }
        if (!index.fits(bytes.length)) {
            throw new BlobRefusedException("the blob has " + bytes.length + " bytes; this node's store holds at most "
                    + index.maxBytes());
        }
        synchronized (this) {
            if (index.touch(hash)) {
                return false;
            }
        }
        Path part = dir.resolve(hash + "." + UUID.randomUUID() + TEMPORARY);
        try {
            Files.write(part, bytes);
            synchronized (this) {
                move(part, dir.resolve(hash));
                uploads++;
                delete(index.add(hash, bytes.length));
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the blob store cannot write " + hash + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.debug("cannot remove {}: {}", part, e.toString());
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether the store holds {@code hash}. */
    public synchronized boolean contains(String hash) {
        return index.contains(hash);
    }

    /** Those of {@code hashes} the store does not hold, in their order, each once. */
    public synchronized List<String> missing(Collection<String> hashes) {
        return new LinkedHashSet<>(hashes).stream().filter(h -> !index.contains(h)).toList();
    }

    /**
     * Holds {@code hashes} for a request: none of them is evicted until the lease is closed; each becomes the most
     * recently used. Counts a hit per blob held and a miss per blob missing.
     *
     * @throws MissingBlobsException naming every one of them the store does not hold (then nothing is held)
     */
    public BlobLease lease(Collection<String> hashes) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(hashes));
        synchronized (this) {
            List<String> missing = wanted.stream().filter(h -> !index.contains(h)).toList();
            if (!missing.isEmpty()) {
                misses += missing.size();
                hits += wanted.size() - missing.size();
                throw new MissingBlobsException(missing);
            }
            hits += wanted.size();
            wanted.forEach(h -> {
                index.touch(h);
                index.pin(h);
            });
        }
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        for (String hash : wanted) {
            try {
                Files.setLastModifiedTime(dir.resolve(hash), now); // the order of use, for the next start
            } catch (IOException e) {
                LOG.debug("cannot mark {} used: {}", hash, e.toString());
            }
        }
        return new BlobLease(this, wanted);
    }

    /** The bytes of a blob held by a lease. */
    byte[] read(String hash) {
        try {
            return Files.readAllBytes(dir.resolve(hash));
        } catch (NoSuchFileException e) {
            synchronized (this) {
                index.remove(hash); // removed behind the node's back: it is missing from now on
            }
            throw new MissingBlobsException(List.of(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("the blob store cannot read " + hash + ": " + e.getMessage(), e);
        }
    }

    /** Ends a lease on {@code hashes}: evicts what the bound asks now that they may go. */
    synchronized void release(List<String> hashes) {
        for (String hash : hashes) {
            delete(index.unpin(hash));
        }
    }

    public synchronized BlobStats stats() {
        return new BlobStats(index.count(), index.bytes(), index.maxBytes(), hits, misses, evictions, uploads);
    }

    /** Deletes the files of evicted blobs; called under the lock, so an upload of one of them waits for it. */
    private void delete(List<String> evicted) {
        for (String hash : evicted) {
            evictions++;
            try {
                Files.deleteIfExists(dir.resolve(hash));
            } catch (IOException e) {
                LOG.warn("cannot remove the evicted blob {}: {}", hash, e.toString());
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
