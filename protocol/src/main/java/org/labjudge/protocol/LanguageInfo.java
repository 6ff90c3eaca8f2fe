package org.labjudge.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A language a node can run ({@code GET /api/v1/languages}): its stable lowercase {@code id}
 * ({@code "python"}), a display name and version, the file name the source is saved as, whether it
 * has a compile step, the file extensions that mean this language (without the dot, the first
 * preferred; matched case-sensitively first, so {@code C} can be C++ while {@code c} is C) and the
 * starter program a new file of it begins with. Clients learn the languages from this list alone.
 * {@code extensions} and {@code template} left out (a node of an earlier version) are empty.
 * {@code headers} are the extensions of files that go along with a program of several files without being
 * one of its sources ({@code h} for C); empty, and not written, for most languages.
 */
public record LanguageInfo(String id, String name, String version, String sourceFile, boolean compiled,
                           List<String> extensions, String template,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> headers) {

    public LanguageInfo {
        extensions = Checks.list("extensions", extensions);
        template = template == null ? "" : template;
        headers = Checks.list("headers", headers);
    }

    /** A language whose programs carry no headers. */
    public LanguageInfo(String id, String name, String version, String sourceFile, boolean compiled,
            List<String> extensions, String template) {
        this(id, name, version, sourceFile, compiled, extensions, template, null);
    }
}
