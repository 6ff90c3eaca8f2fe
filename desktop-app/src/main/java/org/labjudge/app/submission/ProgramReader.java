package org.labjudge.app.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.labjudge.app.language.Languages;
import org.labjudge.protocol.LanguageInfo;
import org.labjudge.protocol.SourceFile;

/**
 * Reads a program from the paths a user names: one source file is a program of one file; a folder, or several
 * files, is one program of several files. A folder gives its own files (not its sub-folders; hidden ones and
 * those of other types left out): the sources of the program's language and their headers, as the pool's
 * languages list them. Files named one by one all go along. The language is the one given, else the one
 * language the sources are in. Which file is the main one is the node's to find.
 */
public final class ProgramReader {

    private ProgramReader() {
    }

    /** Why no program could be read: a message for the user. */
    public static final class ProgramException extends Exception {
        private static final long serialVersionUID = 1L;

        ProgramException(String message) {
            super(message);
        }
    }

    /**
     * The program of {@code paths} in {@code language}, or in the language of its sources when {@code language}
     * is {@code null}.
     */
    public static Program read(List<Path> paths, Languages languages, String language)
            throws IOException, ProgramException {
        if (paths.isEmpty()) {
            throw new ProgramException("no file given");
        }
        if (paths.size() == 1 && !Files.isDirectory(paths.get(0))) {
            Path file = paths.get(0);
            String id = language != null ? language : languageOf(List.of(file), languages).orElseThrow(() ->
                    new ProgramException("cannot tell the language of " + file + " (the pool knows "
                            + languages.extensionsText() + ")"));
            return new Program(id, text(file), List.of());
        }
        List<Path> named = new ArrayList<>();
        List<Path> inFolders = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inFolders.addAll(filesOf(path));
            } else {
                named.add(path);
            }
        }
        List<Path> all = new ArrayList<>(named);
        all.addAll(inFolders);
        String id = language != null ? language : languageOf(all, languages).orElseThrow(() -> new ProgramException(
                "no source file (the pool knows " + languages.extensionsText() + ")"));
        Optional<LanguageInfo> info = languages.byId(id);
        List<Path> chosen = new ArrayList<>(named);
        inFolders.stream().filter(p -> belongs(p, id, info, languages)).forEach(chosen::add);
        return new Program(id, null, read(chosen));
    }

    /** A folder's regular files, hidden ones left out, by name. */
    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean belongs(Path file, String id, Optional<LanguageInfo> info, Languages languages) {
        String name = file.getFileName().toString();
        if (languages.forFile(file).map(LanguageInfo::id).filter(id::equals).isPresent()) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && info.map(l -> l.headers().contains(name.substring(dot + 1))).orElse(false);
    }

    /** The one language of the sources among {@code files}; several is an error naming them. */
    private static Optional<String> languageOf(List<Path> files, Languages languages) throws ProgramException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        for (Path file : files) {
            languages.forFile(file).ifPresent(l -> byLanguage.computeIfAbsent(l.id(), k -> new ArrayList<>())
                    .add(file.getFileName().toString()));
        }
        if (byLanguage.size() > 1) {
            throw new ProgramException("sources of several languages (" + byLanguage.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(" ", e.getValue())).collect(Collectors.joining("; "))
                    + "): keep one language");
        }
        return byLanguage.keySet().stream().findFirst();
    }

    private static List<SourceFile> read(List<Path> files) throws IOException, ProgramException {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (byName.putIfAbsent(name, new SourceFile(name, text(file))) != null) {
                throw new ProgramException("two files are named " + name);
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * A source file's text, strictly UTF-8 (what the wire carries): a file in another encoding is refused with a
     * message naming it rather than sent garbled, or failing on Java's bare "Input length = 1".
     */
    static String text(Path file) throws IOException, ProgramException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ProgramException(file + " is not UTF-8 text");
        }
    }
}
