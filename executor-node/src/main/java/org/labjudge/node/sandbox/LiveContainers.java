package org.labjudge.node.sandbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The containers this node's sandboxes are using right now (made, not yet removed). The janitor leaves them alone:
 * when the engine answers again after a slow spell, it tidies up without pulling containers out from under runs
 * and sandbox starts in flight (each of those removes its own container when it closes).
 */
public final class LiveContainers {
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    /** Creations share it (they run side by side); a janitor's listing holds it alone. */
    private final ReadWriteLock listing = new ReentrantReadWriteLock();

    /** Makes a container with {@code create} and counts it live, with no janitor's listing in between. */
    String created(Supplier<String> create) {
        listing.readLock().lock();
        try {
            String id = create.get();
            ids.add(id);
            return id;
        } finally {
            listing.readLock().unlock();
        }
    }

    /** The container {@code id} is removed (or being removed) by its sandbox. */
    void gone(String id) {
        ids.remove(id);
    }

    /** Of the containers {@code list} finds, those no sandbox uses; no container is made while it lists. */
    List<String> unused(Supplier<List<String>> list) {
        listing.writeLock().lock();
        try {
            return list.get().stream().filter(id -> !ids.contains(id)).toList();
        } finally {
            listing.writeLock().unlock();
        }
    }
}
