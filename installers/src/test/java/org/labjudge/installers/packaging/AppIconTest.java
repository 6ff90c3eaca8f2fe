package org.labjudge.installers.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The icon drawn for the desktop packages, in the three containers jpackage takes. */
class AppIconTest {
    @TempDir
    Path tmp;

    @Test
    void pngIsSmallSquareAndTransparentAtTheCorners() throws IOException {
        Path png = AppIcon.write(tmp.resolve("labjudge.png"));
        assertThat(Files.size(png)).isLessThan(32 * 1024);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(128, 240) >>> 24).as("inside alpha").isEqualTo(255);
    }

    @Test
    void icoWrapsOne256PixelPng() throws IOException {
        byte[] ico = Files.readAllBytes(AppIcon.write(tmp.resolve("labjudge.ico")));
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(0)).isZero();
        assertThat(b.getShort(2)).isEqualTo((short) 1);
        assertThat(b.getShort(4)).isEqualTo((short) 1);
        int size = b.getInt(6 + 8);
        int offset = b.getInt(6 + 12);
        assertThat(offset + size).isEqualTo(ico.length);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico, offset, size));
        assertThat(image.getWidth()).isEqualTo(256);
    }

    @Test
    void icnsHoldsTwoPngEntriesWithConsistentLengths() throws IOException {
        byte[] icns = Files.readAllBytes(AppIcon.write(tmp.resolve("labjudge.icns")));
        ByteBuffer b = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(icns, 0, 4, "US-ASCII")).isEqualTo("icns");
        assertThat(b.getInt(4)).isEqualTo(icns.length);
        int at = 8;
        int entries = 0;
        while (at < icns.length) {
            String type = new String(icns, at, 4, "US-ASCII");
            int length = b.getInt(at + 4);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns, at + 8, length - 8));
            assertThat(image.getWidth()).isEqualTo(type.equals("ic07") ? 128 : 256);
            at += length;
            entries++;
        }
        assertThat(at).isEqualTo(icns.length);
        assertThat(entries).isEqualTo(2);
    }
}
