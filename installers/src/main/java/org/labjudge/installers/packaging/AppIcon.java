package org.labjudge.installers.packaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The desktop app's icon, drawn here rather than kept as a binary in the repository: a blue
 * rounded square with code brackets and a green tick ("your code, judged"). Written as PNG
 * (Linux), ICO (Windows) or ICNS (macOS); the last two simply wrap PNG images, which Windows
 * Vista+ and macOS 10.7+ read.
 */
public final class AppIcon {
    private AppIcon() {
    }

    /** The icon at {@code size} x {@code size} pixels. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 256.0, size / 256.0);
            g.setPaint(new GradientPaint(0, 0, new Color(0x2f6fdb), 0, 256, new Color(0x1b3f8f)));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(20, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(polyline(82, 50, 42, 96, 82, 142));
            g.draw(polyline(174, 50, 214, 96, 174, 142));
            g.draw(polyline(142, 42, 114, 150));

            g.setColor(new Color(0x3ddc84));
            g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(polyline(92, 190, 120, 216, 168, 170));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the icon in the format the file name's extension names: .png, .ico or .icns. */
    public static Path write(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes;
            if (name.endsWith(".png")) {
                bytes = png(256);
            } else if (name.endsWith(".ico")) {
                bytes = ico(png(256));
            } else if (name.endsWith(".icns")) {
                bytes = icns(png(128), png(256));
            } else {
                throw new IllegalArgumentException("no icon format for " + name + " (.png, .ico, .icns)");
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICONDIR with one 256 x 256 entry (width and height 0 mean 256) holding a PNG. */
    static byte[] ico(byte[] png256) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png256.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32);
        b.putInt(png256.length).putInt(6 + 16);
        b.put(png256);
        return b.array();
    }

    /** An icns file with ic07 (128 x 128) and ic08 (256 x 256) PNG entries; big-endian lengths include headers. */
    static byte[] icns(byte[] png128, byte[] png256) {
        int length = 8 + 8 + png128.length + 8 + png256.length;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(length);
        b.put("ic07".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png128.length).put(png128);
        b.put("ic08".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png256.length).put(png256);
        return b.array();
    }

    private static Path2D polyline(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    /** {@code java AppIcon.java FILE...}: writes each file, for a look at the icon. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        for (String arg : args) {
            System.out.println(write(Path.of(arg)));
        }
    }
}
