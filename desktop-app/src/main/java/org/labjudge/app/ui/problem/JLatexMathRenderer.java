package org.labjudge.app.ui.problem;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JLabel;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** {@link FormulaRenderer} by JLaTeXMath: TeX typeset into an AWT image (headless AWT is enough). */
final class JLatexMathRenderer implements FormulaRenderer {

    @Override
    public FormulaImage render(String tex, boolean display, int argb, float size) throws FormulaException {
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    size);
        } catch (RuntimeException e) {
            // JLaTeXMath's ParseException is unchecked: unknown macros end here.
            throw new FormulaException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        icon.setForeground(new Color(argb, true));
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(new JLabel(), g, 0, 0);
        } finally {
            g.dispose();
        }
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new FormulaImage(width, height, icon.getIconDepth(), pixels);
    }
}
