package org.labjudge.installers.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A digest of everything a package is built from (jars, recipe files, options), kept next to the
 * package: an unchanged digest means the package on disk is current, so a second build (the
 * tests, then the {@code package} profile) skips jpackage instead of spending a minute on it.
 */
final class BuildStamp {
    private final MessageDigest digest;

    BuildStamp() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    BuildStamp text(String label, Object value) {
        digest.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    BuildStamp file(Path file) {
        text("file", file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return this;
    }

    /** Every file under {@code dir}, by relative path, in a stable order. */
    BuildStamp tree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            for (Path file : files) {
                text("path", dir.relativize(file).toString().replace('\\', '/'));
                file(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return this;
    }

    String value() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code output} exists and was built from inputs with this digest. */
    static boolean current(Path stampFile, String value, Path output) {
        try {
            return Files.exists(output) && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile).strip().equals(value);
        } catch (IOException e) {
            return false;
        }
    }

    static void write(Path stampFile, String value) {
        try {
            Files.createDirectories(stampFile.getParent());
            Files.writeString(stampFile, value + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stampFile, e);
        }
    }
}
