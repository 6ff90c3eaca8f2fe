package org.labjudge.installers.packaging;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The runtimes LabJudge bundles, linked together: jlink keeps about one core busy, so linking the
 * node's and the desktop app's runtime at once saves most of one of them on a two-core machine.
 */
final class Runtimes {
    static final String NODE = "node";
    static final String DESKTOP = "desktop";

    private Runtimes() {
    }

    /** The runtime called {@code name}; links it, and the others this OS packages, when not current. */
    static synchronized Path get(PackagingContext context, String name) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        if (HostOs.current() == HostOs.LINUX) {
            wanted.put(NODE, ServerPackage.MODULES);
        }
        wanted.put(DESKTOP, DesktopPackage.MODULES);
        if (!wanted.containsKey(name)) {
            throw new PackagingException("no runtime " + name + " is packaged on this OS");
        }
        // Own threads: the common pool has a single worker on two cores.
        ExecutorService threads = Executors.newFixedThreadPool(wanted.size());
        try {
            Map<String, CompletableFuture<Path>> links = new LinkedHashMap<>();
            wanted.forEach((runtime, modules) -> links.put(runtime,
                    CompletableFuture.supplyAsync(() -> RuntimeImage.link(context, runtime, modules), threads)));
            CompletableFuture.allOf(links.values().toArray(CompletableFuture[]::new)).join();
            return links.get(name).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            threads.shutdown();
        }
    }
}
