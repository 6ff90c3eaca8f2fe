package org.labjudge.node.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * File extensions mean the language they mean on Kattis: for every language both offer, each extension Kattis's
 * problem tools give it is that language in the node's table. Our extensions beyond Kattis's are allowed, but only
 * those listed here (and, with the reason, in docs/languages.md under "Compared with Kattis").
 */
class KattisExtensionsTest {
    /**
     * Kattis's extensions per language, as its problem tools' language table ({@code problemtools/config/languages.yaml},
     * read 2026-12) gives them, keyed by our id for the same language. Kattis's {@code python3} (run by PyPy there) is
     * our {@code python}, which takes {@code .py} (docs/languages.md). Kattis's Haskell also compiles {@code .c}
     * files beside a program; a lone {@code .c} is C there (C's priority is higher), as it is here.
     */
    private static final Map<String, Set<String>> KATTIS = Map.ofEntries(
            Map.entry("c", Set.of("c")),
            Map.entry("cpp", Set.of("cc", "C", "cpp", "cxx", "c++")),
            Map.entry("csharp", Set.of("cs")),
            Map.entry("go", Set.of("go")),
            Map.entry("haskell", Set.of("hs")),
            Map.entry("java", Set.of("java")),
            Map.entry("javascript", Set.of("js")),
            Map.entry("kotlin", Set.of("kt")),
            Map.entry("lisp", Set.of("lisp", "cl")),
            Map.entry("ocaml", Set.of("ml")),
            Map.entry("pascal", Set.of("pas")),
            Map.entry("php", Set.of("php")),
            Map.entry("prolog", Set.of("pl")),
            Map.entry("python", Set.of("py", "py3")),
            Map.entry("ruby", Set.of("rb")),
            Map.entry("rust", Set.of("rs")),
            Map.entry("scala", Set.of("sc", "scala")));
    /** Our extensions beyond Kattis's, for a language both offer (docs/languages.md says why). */
    private static final Map<String, Set<String>> OURS_BEYOND_KATTIS = Map.of("pascal", Set.of("p"));
    /**
     * Extensions of Kattis's languages LabJudge does not offer (Cobol, F#, Objective-C, Python 2), with what they
     * mean here: nothing, but {@code .m}, which is Octave's (Kattis has no Octave; docs/languages.md).
     */
    private static final Map<String, Optional<String>> KATTIS_ONLY = Map.of(
            "cob", Optional.empty(),
            "fs", Optional.empty(),
            "py2", Optional.empty(),
            "m", Optional.of("octave"));

    private final LanguageTable table = LanguageTable.defaults();

    @Test
    void everyExtensionKattisGivesALanguageIsThatLanguageHere() {
        KATTIS.forEach((id, extensions) -> {
            for (String extension : extensions) {
                assertThat(owner(extension)).as("." + extension + " (Kattis: %s)", id).contains(id);
            }
        });
    }

    @Test
    void aLanguageBothOfferHasKattisExtensionsAndOnlyTheListedExtras() {
        KATTIS.forEach((id, extensions) -> {
            List<String> expected = Stream.concat(extensions.stream(),
                    OURS_BEYOND_KATTIS.getOrDefault(id, Set.of()).stream()).toList();
            assertThat(table.find(id)).as(id).isPresent();
            assertThat(table.find(id).orElseThrow().extensions()).as(id).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(KATTIS).containsKeys(OURS_BEYOND_KATTIS.keySet().toArray(String[]::new));
    }

    @Test
    void theExtensionsOfKattisLanguagesNotOfferedMeanNothingButOctavesM() {
        KATTIS_ONLY.forEach((extension, id) -> assertThat(owner(extension)).as("." + extension).isEqualTo(id));
    }

    /** The language of the table whose extensions hold {@code extension} (the table lets only one hold it). */
    private Optional<String> owner(String extension) {
        return table.all().stream().filter(l -> l.extensions().contains(extension)).map(Language::id).findFirst();
    }
}
