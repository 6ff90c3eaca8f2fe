package org.labjudge.app.ui.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A problem statement rendered from Markdown into plain JavaFX nodes (text flows, not a web view, so it is
 * light and works headless). {@code $...$} and {@code $$...$$} formulas are typeset by JLaTeXMath into
 * {@link FormulaNode}s; the typesetter and its one worker thread are made when the first formula is shown.
 * Images come from the package's statement folder ({@link StatementImages}).
 */
public final class MarkdownView extends VBox {

    /** GitHub's tables too: Kattis statements set out subtasks and scoring as tables. */
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private FormulaRenderer renderer;
    private ExecutorService typesetter;
    private Path packageDir;
    private List<StatementMath.Piece> formulas = List.of();

    public MarkdownView() {
        getStyleClass().add("markdown");
        setSpacing(8);
        setPadding(new Insets(8));
    }

    /** Replaces the content with {@code markdown} rendered; no images. */
    public void setMarkdown(String markdown) {
        setStatement(markdown, null);
    }

    /** Replaces the content with {@code markdown} rendered, its images read from the package at {@code packageDir}. */
    public void setStatement(String markdown, Path packageDir) {
        StatementMath.Extracted extracted = StatementMath.extract(markdown);
        this.packageDir = packageDir;
        this.formulas = extracted.formulas();
        getChildren().setAll(blocks(parser.parse(extracted.markdown())));
    }

    private synchronized FormulaRenderer renderer() {
        if (renderer == null) {
            renderer = new JLatexMathRenderer();
        }
        return renderer;
    }

    private Executor typesetter() {
        if (typesetter == null) {
            typesetter = Executors.newSingleThreadExecutor(run -> {
                Thread thread = new Thread(run, "statement-typesetter");
                thread.setDaemon(true);
                return thread;
            });
        }
        return typesetter;
    }

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node rendered = block(child);
            if (rendered != null) {
                nodes.add(rendered);
            }
        }
        return nodes;
    }

    private Node block(org.commonmark.node.Node node) {
        if (node instanceof Heading heading) {
            TextFlow flow = inline(heading);
            flow.getStyleClass().add("md-h" + Math.min(heading.getLevel(), 4));
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            TextFlow flow = inline(paragraph);
            flow.getStyleClass().add("md-paragraph");
            return flow;
        }
        if (node instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node);
        }
        if (node instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("md-quote");
            quote.getChildren().setAll(blocks(node));
            return quote;
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof ThematicBreak) {
            return new Separator();
        }
        if (node instanceof HtmlBlock html) {
            Label label = new Label(html.getLiteral().strip());
            label.setWrapText(true);
            return label;
        }
        VBox box = new VBox(6);
        box.getChildren().setAll(blocks(node));
        return box;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(4);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "\u2022");
            marker.setMinWidth(22);
            VBox content = new VBox(4);
            content.getChildren().setAll(blocks(item));
            HBox row = new HBox(4, marker, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(row);
        }
        return box;
    }

    /** A table as a grid of text flows, its head row in bold; a cell's formulas are typeset as in a paragraph. */
    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (org.commonmark.node.Node line = section.getFirstChild(); line != null; line = line.getNext()) {
                if (!(line instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (org.commonmark.node.Node cell = line.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        TextFlow flow = inline(tableCell);
                        flow.getStyleClass().add(head ? "md-table-head" : "md-table-cell");
                        if (tableCell.getAlignment() == TableCell.Alignment.RIGHT) {
                            flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                        } else if (tableCell.getAlignment() == TableCell.Alignment.CENTER) {
                            flow.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                        }
                        grid.add(flow, column++, row);
                    }
                }
                row++;
            }
        }
        return grid;
    }

    private static Node codeBlock(String literal) {
        Text text = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        text.getStyleClass().addAll("md-code-text");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("md-code-block");
        flow.setPadding(new Insets(6));
        return flow;
    }

    private TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        new InlineRenderer(flow).children(parent, List.of());
        return flow;
    }

    private Node image(Image image) {
        String destination = image.getDestination();
        Optional<Path> file = StatementImages.resolve(packageDir, destination);
        if (file.isEmpty()) {
            return MarkedSource.text("no PNG, JPEG, GIF or BMP image of this name in the package: " + destination);
        }
        javafx.scene.image.Image picture = new javafx.scene.image.Image(file.get().toUri().toString());
        if (picture.isError()) {
            return MarkedSource.text("cannot show image: " + destination);
        }
        ImageView view = new ImageView(picture);
        view.setId("statementImage");
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(picture.getWidth(), MAX_IMAGE_WIDTH));
        return view;
    }

    private static final double MAX_IMAGE_WIDTH = 520;

    /** Renders inline nodes into one text flow; formulas come back from their placeholders. */
    private final class InlineRenderer {
        private final TextFlow flow;

        InlineRenderer(TextFlow flow) {
            this.flow = flow;
        }

        void children(org.commonmark.node.Node parent, List<String> classes) {
            for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child, classes);
            }
        }

        private void node(org.commonmark.node.Node node, List<String> classes) {
            if (node instanceof org.commonmark.node.Text text) {
                text(text.getLiteral(), classes);
            } else if (node instanceof Code code) {
                add(code.getLiteral(), with(classes, "md-code"));
            } else if (node instanceof Emphasis) {
                children(node, with(classes, "md-emphasis"));
            } else if (node instanceof StrongEmphasis) {
                children(node, with(classes, "md-strong"));
            } else if (node instanceof Link) {
                children(node, with(classes, "md-link"));
            } else if (node instanceof SoftLineBreak) {
                add(" ", classes);
            } else if (node instanceof HardLineBreak) {
                add("\n", classes);
            } else if (node instanceof Image image) {
                flow.getChildren().add(image(image));
            } else if (node instanceof HtmlInline html) {
                add(html.getLiteral(), classes);
            } else {
                children(node, classes);
            }
        }

        private void text(String literal, List<String> classes) {
            for (StatementMath.Piece piece : StatementMath.pieces(literal, formulas)) {
                if (piece instanceof StatementMath.Piece.Text text) {
                    add(text.text(), classes);
                } else if (piece instanceof StatementMath.Piece.Math math) {
                    if (math.display()) {
                        add("\n", classes);
                    }
                    flow.getChildren().add(new FormulaNode(math.tex(), math.display(), MarkdownView.this::renderer,
                            typesetter()));
                    if (math.display()) {
                        add("\n", classes);
                    }
                } else if (piece instanceof StatementMath.Piece.Broken broken) {
                    Text marked = MarkedSource.text(broken.source());
                    Tooltip.install(marked, new Tooltip(broken.reason()));
                    flow.getChildren().add(marked);
                }
            }
        }

        private void add(String content, List<String> classes) {
            Text text = new Text(content);
            text.getStyleClass().add("md-text");
            text.getStyleClass().addAll(classes);
            flow.getChildren().add(text);
        }

        private static List<String> with(List<String> classes, String extra) {
            List<String> all = new java.util.ArrayList<>(classes);
            all.add(extra);
            return all;
        }
    }
}
