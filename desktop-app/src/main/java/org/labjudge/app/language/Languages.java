package org.labjudge.app.language;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.protocol.LanguageInfo;

/**
 * Languages by id and by file extension, learned from the pool. An extension is matched exactly first, then
 * ignoring case ({@code x.C} is C++ when a node says so, {@code X.PY} is Python); where two languages list
 * one extension the first listed wins.
 */
public record Languages(List<LanguageInfo> all) {

    public static final Languages NONE = new Languages(List.of());

    public Languages {
        all = List.copyOf(all);
    }

    /** The languages of {@code infos}, the first description of an id kept. */
    public static Languages of(Collection<LanguageInfo> infos) {
        Map<String, LanguageInfo> byId = new LinkedHashMap<>();
        infos.forEach(info -> byId.putIfAbsent(info.id(), info));
        return new Languages(List.copyOf(byId.values()));
    }

    /** What the nodes of {@code statuses} that are up offer, in node-list order. */
    public static Languages offeredBy(List<NodeStatus> statuses) {
        return of(statuses.stream().flatMap(s -> s.offered().stream()).toList());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<LanguageInfo> byId(String id) {
        return id == null ? Optional.empty()
                : all.stream().filter(l -> l.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The language of a file by its extension, e.g. {@code solution.cc} is C++ when a node says so. */
    public Optional<LanguageInfo> forFile(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1);
        Optional<LanguageInfo> exact = all.stream().filter(l -> l.extensions().contains(extension)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return all.stream()
                .filter(l -> l.extensions().stream().anyMatch(e -> e.equalsIgnoreCase(extension)))
                .findFirst();
    }

    public Optional<LanguageInfo> forFile(Path file) {
        return forFile(file.getFileName().toString());
    }

    /** The extensions known, for messages: {@code .py .java ...}, or why there are none. */
    public String extensionsText() {
        if (all.isEmpty()) {
            return "none yet: no node is up to list its languages";
        }
        return all.stream().flatMap(l -> l.extensions().stream()).map(e -> "." + e).collect(Collectors.joining(" "));
    }
}
