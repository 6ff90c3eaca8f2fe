package org.labjudge.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a scene shows as a PNG under {@code target/screenshots} (works headless with Monocle). */
final class Screenshots {

    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(scene.snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage fx = image.get();
        int width = (int) fx.getWidth();
        int height = (int) fx.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
