package org.labjudge.protocol;

/**
 * A language a node can run ({@code GET /api/v1/languages}): its stable lowercase {@code id}
 * ({@code "python"}), a display name and version, the file name the source is saved as,
 * and whether it has a compile step.
 */
public record LanguageInfo(String id, String name, String version, String sourceFile, boolean compiled) {
}
