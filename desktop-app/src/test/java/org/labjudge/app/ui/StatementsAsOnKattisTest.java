package org.labjudge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A statement reads as on Kattis: Markdown (2023-07) and LaTeX (legacy) statements with their formulas typeset
 * (a fraction is a formula image, taller than a line of text and not blank), their images shown from the
 * package, and bad input shown as written behind a marker.
 */
class StatementsAsOnKattisTest extends UiTestWindow {

    private static final int NODE_RED = 0xffd03030;

    @Test
    void aMarkdownStatementShowsATypesetFractionItsImageAndMarksWhatItCannotTypeset(FxRobot robot) throws Exception {
        Path set = Files.createTempDirectory(home, "set");
        Path dir = problem(set, "fractions", "Fractions");
        figure(dir.resolve("statement/tree.png"));
        Files.writeString(dir.resolve("statement/figure.pdf"), "%PDF-1.4 a figure the pane cannot show");
        Files.writeString(dir.resolve("statement/problem.en.md"), """
                # Fractions

                Print $\\frac{a}{b}$ in lowest terms, where $1 \\le a_i, b_i \\le 10^{9}$.

                $$\\sum_{i=1}^{n} \\frac{1}{i^2}$$

                ![The tree of the first sample](tree.png)

                It costs $5 today.

                And $\\nosuchmacro{x}$ is not TeX.

                ![Only a PDF](figure.pdf)
                """);

        open(robot, set, "fractions");

        Region fraction = formula(robot, "\\frac{a}{b}");
        Image image = ((ImageView) fraction.lookup("#formula")).getImage();
        double line = lineHeight(fraction);
        assertThat(image.getHeight()).as("a fraction stands taller than a line of text").isGreaterThan(line);
        assertThat(inked(image)).as("and is drawn, not blank").isGreaterThan(40);
        assertThat(barShare(image)).as("with a fraction bar across all its ink").isGreaterThanOrEqualTo(0.9);
        assertThat(formula(robot, "\\sum_{i=1}^{n} \\frac{1}{i^2}").getHeight()).isGreaterThan(image.getHeight());

        ImageView tree = robot.lookup("#problemStatement #statementImage").queryAs(ImageView.class);
        assertThat(tree.getImage().getWidth()).isEqualTo(240);
        assertThat(tree.getImage().getPixelReader().getArgb(40, 30)).isEqualTo(NODE_RED);

        assertThat(marked(robot)).containsExactlyInAnyOrder("\u26a0$", "\u26a0$\\nosuchmacro{x}$",
                "\u26a0no PNG, JPEG, GIF or BMP image of this name in the package: figure.pdf");
        Screenshots.save(window.scene(), "22-statement-markdown-math");
        assertThat(inkBrightness(image)).as("dark ink in the light theme").isLessThan(0.3);

        robot.interact(() -> window.setDarkTheme(true));
        WindowDriver.waitUntil(10, () -> inkBrightness(((ImageView) fraction.lookup("#formula")).getImage()) > 0.7);
        Screenshots.save(window.scene(), "24-statement-dark-theme");
    }

    @Test
    void aMarkdownTableOfSubtasksShowsAsAGridWithItsHeadInBoldAndItsFormulasTypeset(FxRobot robot) throws Exception {
        Path set = Files.createTempDirectory(home, "set");
        Path dir = problem(set, "subtasks", "Subtasks");
        Files.writeString(dir.resolve("statement/problem.en.md"), """
                # Subtasks

                | Group | Points | Limits |
                |---|--:|---|
                | 1 | 30 | $n \\le 100$ |
                | 2 | 70 | no further limits |
                """);

        open(robot, set, "subtasks");

        GridPane table = robot.lookup("#problemStatement .md-table").queryAs(GridPane.class);
        assertThat(table.getChildren()).as("3 columns of a head row and 2 rows").hasSize(9);
        assertThat(texts(robot, ".md-table-head > .md-text")).containsExactly("Group", "Points", "Limits");
        assertThat(texts(robot, ".md-table-cell > .md-text")).containsExactly("1", "30", "2", "70", "no further limits");
        assertThat(robot.lookup("#problemStatement .md-table-head .md-text").queryAs(Text.class).getFont().getStyle())
                .containsIgnoringCase("bold");
        TextFlow points = (TextFlow) table.getChildren().get(4);
        assertThat(points.getTextAlignment()).as("the points column is aligned right (--:)")
                .isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
        formula(robot, "n \\le 100");
        assertThat(marked(robot)).isEmpty();
        assertThat(texts(robot, ".md-paragraph .md-text")).as("no row is left as raw text").noneMatch(t -> t.contains("|"));
        Screenshots.save(window.scene(), "25-statement-markdown-table");
    }

    /** The mean brightness (0 to 1) of the inked pixels' colour. */
    private static double inkBrightness(Image image) {
        double sum = 0;
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getPixelReader().getArgb(x, y);
                if ((argb >>> 24) != 0) {
                    sum += ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / (3 * 255.0);
                    inked++;
                }
            }
        }
        return inked == 0 ? 0 : sum / inked;
    }

    @Test
    void aLatexStatementShowsItsSectionsListsEmphasisVerbatimFormulasAndImage(FxRobot robot) throws Exception {
        Path set = Files.createTempDirectory(home, "set");
        Path dir = problem(set, "legacy", null);
        figure(dir.resolve("problem_statement/tree.png"));
        Files.writeString(dir.resolve("problem_statement/problem.en.tex"), """
                \\problemname{Legacy Fractions}
                Print $\\frac{a}{b}$ in \\textbf{lowest} terms, \\emph{exactly}.
                \\begin{center}
                \\includegraphics[width=0.5\\textwidth]{tree}
                \\end{center}
                \\section*{Input}
                \\begin{itemize}
                  \\item a line with $a$ and $b$ ($1 \\le a, b \\le 10^{9}$);
                  \\item nothing else.
                \\end{itemize}
                \\section*{Output}
                \\begin{verbatim}
                a/b
                \\end{verbatim}
                """);

        open(robot, set, "legacy");

        assertThat(window.problems().selected().name()).isEqualTo("Legacy Fractions");
        Region fraction = formula(robot, "\\frac{a}{b}");
        Image image = ((ImageView) fraction.lookup("#formula")).getImage();
        assertThat(image.getHeight()).isGreaterThan(lineHeight(fraction));
        assertThat(inked(image)).isGreaterThan(40);
        assertThat(barShare(image)).isGreaterThanOrEqualTo(0.9);
        formula(robot, "1 \\le a, b \\le 10^{9}");
        assertThat(texts(robot, ".md-h2 .md-text")).containsExactly("Input", "Output");
        assertThat(texts(robot, ".md-strong")).containsExactly("lowest");
        assertThat(texts(robot, ".md-emphasis")).containsExactly("exactly");
        assertThat(texts(robot, ".md-code-text")).containsExactly("a/b");
        assertThat(robot.lookup("#problemStatement .md-list").queryAll()).hasSize(1);
        ImageView tree = robot.lookup("#problemStatement #statementImage").queryAs(ImageView.class);
        assertThat(tree.getImage().getPixelReader().getArgb(40, 30)).isEqualTo(NODE_RED);
        assertThat(marked(robot)).isEmpty();
        Screenshots.save(window.scene(), "23-statement-latex");
    }

    private void open(FxRobot robot, Path set, String id) throws Exception {
        robot.interact(() -> window.openProblems(set, false));
        WindowDriver.waitUntil(10, () -> window.problems().selected() != null
                && window.problems().selected().id().equals(id));
    }

    /** The formula node for {@code tex}, once it is typeset. */
    private static Region formula(FxRobot robot, String tex) throws Exception {
        WindowDriver.waitUntil(20, () -> robot.lookup("#problemStatement .md-formula")
                .queryAll().stream().anyMatch(n -> tex.equals(n.getAccessibleText()) && typeset(n)));
        return (Region) robot.lookup("#problemStatement .md-formula").queryAll()
                .stream().filter(n -> tex.equals(n.getAccessibleText())).findFirst().orElseThrow();
    }

    private static boolean typeset(Node formula) {
        Node view = formula.lookup("#formula");
        return view instanceof ImageView image && image.getImage() != null && formula.getLayoutBounds().getHeight() > 0;
    }

    /** The height of one line of the statement text beside the formula, in that text's font. */
    private static double lineHeight(Region formula) {
        TextFlow flow = (TextFlow) formula.getParent();
        Text beside = (Text) flow.getChildren().stream().filter(n -> n instanceof Text t && !t.getText().isBlank())
                .findFirst().orElseThrow();
        Text line = new Text("Xg");
        line.setFont(beside.getFont());
        return line.getLayoutBounds().getHeight();
    }

    /** Pixels with any ink. */
    private static long inked(Image image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            inked += inkedInRow(image, y);
        }
        return inked;
    }

    /** The longest unbroken row of ink as a share of the ink's whole width: 1 for a bar over a fraction. */
    private static double barShare(Image image) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        int longest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getPixelReader().getArgb(x, y) >>> 24) != 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    longest = Math.max(longest, ++run);
                } else {
                    run = 0;
                }
            }
        }
        return right < 0 ? 0 : (double) longest / (right - left + 1);
    }

    private static long inkedInRow(Image image, int y) {
        long inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getPixelReader().getArgb(x, y) >>> 24) != 0) {
                inked++;
            }
        }
        return inked;
    }

    private static List<String> marked(FxRobot robot) {
        return texts(robot, ".md-source-error");
    }

    private static List<String> texts(FxRobot robot, String query) {
        Set<Node> nodes = robot.lookup("#problemStatement " + query).queryAll();
        return nodes.stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }

    private static Path problem(Path set, String id, String name) throws Exception {
        Path dir = set.resolve(id);
        Files.createDirectories(dir.resolve("data/sample"));
        Files.createDirectories(dir.resolve(name == null ? "problem_statement" : "statement"));
        Files.writeString(dir.resolve("problem.yaml"), name == null ? "source: test\n" : "name: " + name + "\n");
        Files.writeString(dir.resolve("data/sample/1.in"), "2 4\n");
        Files.writeString(dir.resolve("data/sample/1.ans"), "1/2\n");
        return dir;
    }

    /** A small drawing of a tree: three red nodes joined by lines, the root's centre at (40, 30). */
    private static void figure(Path file) throws Exception {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 120);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(3));
        g.drawLine(40, 30, 120, 90);
        g.drawLine(40, 30, 200, 60);
        g.setColor(new Color(NODE_RED, true));
        for (int[] c : new int[][] {{40, 30}, {120, 90}, {200, 60}}) {
            g.fillOval(c[0] - 16, c[1] - 16, 32, 32);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
