package org.labjudge.app.ui.problem;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * One formula of a statement inside a text flow: typeset off the FX thread (so a statement shown at start does
 * not hold up the first frame), then shown as an image sitting on the text's baseline. Typeset in the colour
 * and size the theme gives statement text (read from a hidden probe), again when the theme changes. TeX that
 * cannot be typeset is shown as written, marked, with the reason as its tooltip.
 */
final class FormulaNode extends Region {

    /** Computer Modern looks small beside the UI's sans serif; KaTeX scales math by 1.21 for the same reason. */
    private static final float MATH_SCALE = 1.21f;

    private final String tex;
    private final boolean display;
    private final Supplier<FormulaRenderer> renderer;
    private final Executor executor;
    private final Text probe = new Text("x");
    private final ImageView view = new ImageView();
    private Paint renderedFill;
    private int depth;
    private boolean broken;
    private Text source;

    FormulaNode(String tex, boolean display, Supplier<FormulaRenderer> renderer, Executor executor) {
        this.tex = tex;
        this.display = display;
        this.renderer = renderer;
        this.executor = executor;
        getStyleClass().add("md-formula");
        if (display) {
            getStyleClass().add("md-formula-display");
        }
        probe.getStyleClass().add("md-text");
        probe.setVisible(false);
        probe.setManaged(false);
        // A theme change restyles the probe but lays nothing out: ask for the layout that re-typesets.
        probe.fillProperty().addListener((obs, old, now) -> requestLayout());
        view.setId("formula");
        setAccessibleText(tex);
        getChildren().addAll(probe, view);
    }

    String tex() {
        return tex;
    }

    /** The typeset formula, {@code null} until it is ready (or when it could not be typeset). */
    WritableImage image() {
        return (WritableImage) view.getImage();
    }

    boolean isBroken() {
        return broken;
    }

    @Override
    protected void layoutChildren() {
        Paint fill = probe.getFill();
        if (!broken && fill instanceof Color color && !fill.equals(renderedFill)) {
            renderedFill = fill;
            typeset(color, (float) probe.getFont().getSize());
        }
        if (source == null) {
            view.relocate(0, 0);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        if (source != null) {
            return source.getLayoutBounds().getWidth();
        }
        return view.getImage() == null ? 0 : view.getImage().getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (source != null) {
            return source.getLayoutBounds().getHeight();
        }
        return view.getImage() == null ? 0 : view.getImage().getHeight();
    }

    @Override
    public double getBaselineOffset() {
        if (source != null) {
            return source.getBaselineOffset();
        }
        return view.getImage() == null ? 0 : view.getImage().getHeight() - depth;
    }

    private void typeset(Color color, float size) {
        int argb = (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
        CompletableFuture.supplyAsync(() -> {
            try {
                return renderer.get().render(tex, display, argb, size * MATH_SCALE);
            } catch (FormulaRenderer.FormulaException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor).whenComplete((image, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                showSource(failure.getCause() == null ? failure : failure.getCause());
            } else {
                show(image);
            }
        }));
    }

    private void show(FormulaRenderer.FormulaImage formula) {
        WritableImage image = new WritableImage(formula.width(), formula.height());
        image.getPixelWriter().setPixels(0, 0, formula.width(), formula.height(), PixelFormat.getIntArgbInstance(),
                formula.argb(), 0, formula.width());
        depth = formula.depth();
        view.setImage(image);
        requestParentLayout();
    }

    private void showSource(Throwable failure) {
        broken = true;
        view.setImage(null);
        source = MarkedSource.text((display ? "$$" : "$") + tex + (display ? "$$" : "$"));
        getChildren().setAll(source);
        getStyleClass().add("md-source-error");
        Tooltip.install(this, new Tooltip("Cannot typeset this formula: " + failure.getMessage()));
        source.setTextOrigin(javafx.geometry.VPos.TOP);
        requestParentLayout();
    }
}
