package org.labjudge.app.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.labjudge.app.editor.CodeEditor;
import org.labjudge.app.editor.EditorTab;
import org.labjudge.app.editor.Language;
import org.labjudge.app.editor.lsp.LanguageServers;
import org.labjudge.app.editor.lsp.ServerCommands;
import org.labjudge.app.language.Languages;
import org.labjudge.app.submission.Program;
import org.labjudge.app.submission.ProgramReader.ProgramException;
import org.labjudge.app.ui.console.ConsoleController;
import org.labjudge.app.ui.console.ConsoleModel;
import org.labjudge.app.ui.console.ConsoleView;
import org.labjudge.app.ui.console.PreparedInput;
import org.labjudge.app.ui.owntests.OwnTestsModel;
import org.labjudge.app.ui.owntests.OwnTestsStore;
import org.labjudge.app.ui.owntests.OwnTestsView;
import org.labjudge.app.ui.pool.NodesView;
import org.labjudge.app.ui.pool.StatusBar;
import org.labjudge.app.ui.pool.StatusModel;
import org.labjudge.app.ui.problem.ProblemPane;
import org.labjudge.app.ui.run.CompileErrorsView;
import org.labjudge.app.ui.run.CompilerMessage;
import org.labjudge.app.ui.run.OutputView;
import org.labjudge.app.ui.run.ResultsView;
import org.labjudge.app.ui.run.RunController;
import org.labjudge.app.ui.run.RunKind;
import org.labjudge.app.ui.run.RunModel;
import org.labjudge.app.ui.session.SessionStore;
import org.labjudge.app.ui.settings.Settings;
import org.labjudge.app.ui.settings.SettingsDialog;
import org.labjudge.app.ui.settings.SettingsModel;
import org.labjudge.app.ui.settings.Theme;
import org.labjudge.app.ui.webimport.ImportModel;
import org.labjudge.app.ui.webimport.WebImport;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.protocol.ConsoleEnd;
import org.labjudge.protocol.ConsoleEndReason;
import org.labjudge.protocol.RunRequest;
import org.labjudge.protocol.TestCase;

/**
 * The student's window: problem on the left, editor tabs in the middle, input/output, results, compile errors
 * and nodes below, status bar at the bottom. It wires the parts together and turns the editor and the
 * problem into run requests; the parts do the rest.
 */
public final class MainWindow implements WindowActions {

    private static final String BASE_CSS = MainWindow.class.getResource("base.css").toExternalForm();
    private static final String EDITOR_CSS =
            CodeEditor.class.getResource("/org/labjudge/app/editor/code.css").toExternalForm();

    private final Stage stage;
    private final AppContext context;
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "labjudge-ui-background");
        thread.setDaemon(true);
        return thread;
    });
    private final StatusModel status = new StatusModel();
    private final SettingsModel settings;
    private final SessionStore session;
    private final RunController controller = new RunController(status, Platform::runLater);
    private final PoolConnection pool;
    private final EditorTabs tabs;
    /** Each editor tab's run state: its input, output, results and compile errors. */
    private final Map<EditorTab, RunModel> runs = new IdentityHashMap<>();
    private final CompilerMarks compilerMarks;
    private final LanguageServers languageServers;
    /** The run state shown while no tab is open. */
    private final RunModel noTab = new RunModel();
    private RunModel shown;
    private final ProblemPane problems = new ProblemPane(this::useSample);
    private final TextArea input = new TextArea();
    /** Run > Stop at first failure: judging skips the tests after the first that fails. */
    private boolean stopAtFirstFailure;
    private final OutputView output = new OutputView();
    private final TabPane bottom = new TabPane();
    private final Tab ioTab = new Tab("Input & output");
    // Not on screen at start: built when first shown or needed.
    private final LazyTab<ResultsView> results = new LazyTab<>(new Tab("Results"), this::newResultsView);
    private final LazyTab<CompileErrorsView> compileErrors =
            new LazyTab<>(new Tab("Compile errors"), this::newCompileErrorsView);
    private final LazyTab<NodesView> nodesView = new LazyTab<>(new Tab("Nodes"), this::newNodesView);
    private final LazyTab<OwnTestsView> ownTestsView = new LazyTab<>(new Tab("My tests"), this::newOwnTestsView);
    private final ConsoleModel consoleModel = new ConsoleModel();
    private final ConsoleController console = new ConsoleController(consoleModel, Platform::runLater);
    private final LazyTab<ConsoleView> consoleView = new LazyTab<>(new Tab("Console"),
            () -> new ConsoleView(consoleModel));
    private final OwnTestsModel ownTests;
    private final ChoiceBox<Language> languageChoice = new ChoiceBox<>();
    /** The folder opened as one submission, if any; its tabs run and judge together. */
    private FolderSubmission folder;
    private final Label folderLabel = new Label();
    private final MainMenu menu;
    private final Scene scene;
    /** Problems posted by the Competitive Companion extension; its receiver starts after the first frame. */
    private final ImportModel imports = new ImportModel(Platform::runLater);
    private final WebImport webImport = new WebImport(imports, background,
            message -> Platform.runLater(() -> status.showMessage(message, true)));

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.settings = new SettingsModel(context.settingsStore(), message -> status.showMessage(message, true));
        this.session = new SessionStore(context.dataDir().resolve("session.json"));
        this.pool = new PoolConnection(context.localNode(), background, controller, status);
        this.languageServers = new LanguageServers(ServerCommands.of(settings.get().languageServers()), Platform::runLater);
        this.tabs = new EditorTabs(settings.get().fontSize(), message -> status.showMessage(message, true),
                languageServers);
        this.compilerMarks = new CompilerMarks(tabs);
        this.menu = new MainMenu(this, controller.runningProperty());
        this.shown = noTab;
        this.ownTests = new OwnTestsModel(new OwnTestsStore(context.dataDir()),
                message -> status.showMessage(message, true));

        BorderPane root = new BorderPane();
        root.setId("mainRoot");
        root.setTop(new VBox(menu, toolBar()));
        root.setCenter(center());
        root.setBottom(new StatusBar(status, controller.runningProperty(), controller::cancel));
        scene = new Scene(root, 1280, 800);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::runKeys);
        applyTheme(settings.get().theme());

        tabs.fontSizeProperty().addListener((obs, old, size) -> settings.update(s -> s.withFontSize(size.intValue())));
        tabs.activeProperty().addListener((obs, old, tab) -> activeChanged(tab));
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(runs::remove);
            }
        });
        problems.selectedProperty().addListener((obs, old, problem) -> problemChanged(problem));
        pool.languages().addListener((obs, old, now) -> languagesChanged(now));
        imports.importedProperty().addListener((obs, old, problem) -> openImported(problem));

        stage.setTitle("LabJudge");
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        if (tabs.restore(session.load()) == 0) {
            newFile();
        }
    }

    /**
     * Connects to the pool and opens the remembered (or bundled) problems once the first frame is laid out, so the
     * window shows and takes keys before that work competes for the cores; call once the stage is showing.
     */
    public void start() {
        FirstFrame.then(scene, this::connectAndOpenProblems);
    }

    private void connectAndOpenProblems() {
        if (!pool.requested()) {
            pool.connect(settings.get().nodeList());
        }
        webImport.listenOn(settings.get().companionPort());
        Path remembered = settings.get().problems() == null ? null : Path.of(settings.get().problems());
        Path toOpen = remembered != null && remembered.toFile().isDirectory() ? remembered : context.defaultProblems();
        if (toOpen != null) {
            openProblems(toOpen, false);
        }
    }

    public Scene scene() {
        return scene;
    }

    public Settings settings() {
        return settings.get();
    }

    /** The active editor, if any tab is open. */
    public Optional<CodeEditor> activeEditor() {
        return tabs.activeEditor();
    }

    ProblemPane problems() {
        return problems;
    }

    EditorTabs tabs() {
        return tabs;
    }

    /** Opens a problem package or a folder of them in the background. */
    public void openProblems(Path path, boolean remember) {
        status.showMessage("Opening " + path.getFileName() + "\u2026", false);
        CompletableFuture.supplyAsync(() -> {
            try {
                return ProblemLoader.load(path);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenComplete((set, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.showMessage("Cannot open the problem: " + cause.getMessage(), true);
                return;
            }
            problems.showSet(set);
            status.showMessage(set.size() == 1 ? "Opened " + set.get(0).name()
                    : "Opened " + set.size() + " problems from " + path.getFileName(), false);
            if (remember) {
                settings.update(s -> s.withProblems(path.toAbsolutePath().toString()));
            }
        }));
    }

    /** The port problems from the web are received on; empty while the receiver is not listening. */
    public java.util.OptionalInt importPort() {
        return webImport.port();
    }

    /** A problem came from the web: it joins the open set (replacing an earlier copy) and is selected. */
    private void openImported(ProblemPackage problem) {
        List<ProblemPackage> set = new ArrayList<>(problems.list().getItems());
        set.removeIf(p -> p.id().equals(problem.id()));
        set.add(problem);
        problems.showSet(set);
        problems.select(problem.id());
        problems.list().scrollTo(problems.selected());
        status.showMessage("Imported " + problem.name() + " (" + problem.samples().size() + " samples)", false);
        stage.toFront();
    }

    // ---- WindowActions ------------------------------------------------------------------------------------

    @Override
    public void newFile() {
        String id = settings.get().language();
        Language language = tabs.languages().byId(id).map(Language::of).orElseGet(() -> Language.unknown(id));
        tabs.newFile(language);
    }

    @Override
    public void openFile() {
        tabs.chooseAndOpen(stage);
    }

    @Override
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder as one submission (its files in tabs, run and judged together)");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            openFolder(chosen.toPath());
        }
    }

    /** Opens {@code dir} as one submission: each file of its program in a tab. */
    void openFolder(Path dir) {
        FolderSubmission opened = new FolderSubmission(dir);
        Program program;
        try {
            program = opened.onDisk(tabs.languages());
        } catch (IOException | ProgramException e) {
            status.showMessage("Cannot open " + dir.getFileName() + " as a submission: " + e.getMessage(), true);
            return;
        }
        folder = opened;
        program.files().forEach(f -> tabs.open(opened.folder().resolve(f.name())));
        folderLabel.setText("Submission: " + dir.getFileName() + "/ (" + program.files().size() + " files, "
                + program.language() + ")");
        status.showMessage("Opened " + dir.getFileName() + " as one submission: Run and Judge send its "
                + program.files().size() + " files", false);
    }

    /**
     * What Run and Judge send for the active tab: the whole opened folder when the tab is one of its files,
     * else the tab's text alone; {@code null} (and a message) when the folder cannot be read.
     */
    private Program program(CodeEditor editor) {
        boolean inFolder = folder != null && tabs.active().flatMap(EditorTab::file).filter(folder::holds).isPresent();
        if (!inFolder) {
            return new Program(editor.language().id(), editor.text(), List.of());
        }
        Map<String, String> edited = new java.util.HashMap<>();
        for (Tab tab : tabs.getTabs()) {
            if (tab instanceof EditorTab editorTab && editorTab.file().filter(folder::holds).isPresent()) {
                edited.put(editorTab.file().get().getFileName().toString(), editorTab.editor().text());
            }
        }
        try {
            return folder.program(tabs.languages(), edited);
        } catch (IOException | ProgramException e) {
            status.showMessage("Cannot read " + folder.folder().getFileName() + ": " + e.getMessage(), true);
            return null;
        }
    }

    @Override
    public void save() {
        if (tabs.save(stage)) {
            tabs.active().flatMap(EditorTab::file).ifPresent(f -> status.showMessage("Saved " + f, false));
        }
    }

    @Override
    public void saveAs() {
        if (tabs.saveAs(stage)) {
            tabs.active().flatMap(EditorTab::file).ifPresent(f -> status.showMessage("Saved " + f, false));
        }
    }

    @Override
    public void closeTab() {
        tabs.closeActive(stage);
    }

    @Override
    public void openProblem() {
        chooseProblems("Open a problem package (the folder with problem.yaml)");
    }

    @Override
    public void openProblemSet() {
        chooseProblems("Open a folder of problem packages");
    }

    @Override
    public void openSettings() {
        new SettingsDialog(stage, settings.get()).showAndWait().ifPresent(this::applySettings);
    }

    /** Closes the window; the open tabs, unsaved changes included, come back at the next start. */
    @Override
    public void exit() {
        stage.close();
    }

    @Override
    public void undo() {
        tabs.activeEditor().ifPresent(CodeEditor::undo);
    }

    @Override
    public void redo() {
        tabs.activeEditor().ifPresent(CodeEditor::redo);
    }

    @Override
    public void find() {
        tabs.activeEditor().ifPresent(CodeEditor::showFind);
    }

    @Override
    public void zoomIn() {
        tabs.activeEditor().ifPresent(CodeEditor::zoomIn);
    }

    @Override
    public void zoomOut() {
        tabs.activeEditor().ifPresent(CodeEditor::zoomOut);
    }

    @Override
    public void zoomReset() {
        tabs.fontSizeProperty().set(Settings.DEFAULT_FONT_SIZE);
    }

    /**
     * Run: the program runs live in the console pane, the input pane's text (if any) typed first and then its
     * input ended; input a terminal would not pass on whole, or a pool without consoles, makes it a batch run.
     */
    @Override
    public void run() {
        RunRequest request = runRequest();
        if (request == null) {
            return;
        }
        if (controller.pool() == null) {
            startBatch(request, null); // says why there is no pool, where runs say it
            return;
        }
        Optional<String> notLive = new PreparedInput(request.stdin()).whyNotLive();
        if (notLive.isPresent()) {
            startBatch(request, notLive.get());
            return;
        }
        RunModel model = shown;
        bottom.getSelectionModel().select(consoleView.tab());
        consoleView.get();
        model.started(RunKind.RUN, request, Set.of(), "Running live in the Console pane\u2026");
        console.start(controller.pool(), request, request.language() + " program", new ConsoleController.Outcome() {
            @Override
            public void started(String nodeId) {
                status.showLastNode(nodeId);
            }

            @Override
            public void didNotCompile(org.labjudge.protocol.CompileResult compile) {
                model.didNotCompile(request.source(), compile);
            }

            @Override
            public void ended(ConsoleEnd end, String summary) {
                model.liveEnded(summary);
                status.showMessage(summary, end.reason() != ConsoleEndReason.EXITED
                        && end.reason() != ConsoleEndReason.STOPPED);
            }

            @Override
            public void runAsBatch(String why) {
                startBatch(request, why);
            }
        });
    }

    /** Run > Batch run: stdin the input pane's text as a file, stdout and stderr apart, shown when it ends. */
    @Override
    public void batchRun() {
        RunRequest request = runRequest();
        if (request != null) {
            startBatch(request, null);
        }
    }

    /** The batch run of {@code request}; {@code notLive} says why a live run was not possible, if one was asked. */
    private void startBatch(RunRequest request, String notLive) {
        bottom.getSelectionModel().select(ioTab);
        boolean idle = !controller.runningProperty().get();
        controller.start(RunKind.RUN, request, shown, Set.of(), "Running\u2026");
        if (notLive != null && idle && controller.pool() != null) {
            shown.batchInstead(notLive);
        }
    }

    /**
     * What Run sends for the active tab (its program, the input pane as stdin, the problem's limits); {@code null}
     * when there is nothing to run (and a message says why), or the run was Run on an interactive problem.
     */
    private RunRequest runRequest() {
        Optional<CodeEditor> editor = tabs.activeEditor();
        ProblemPackage problem = problems.selected();
        if (editor.isPresent() && problem != null && problem.interactive()) {
            runWithInteractor(editor.get(), problem);
            return null;
        }
        if (editor.isEmpty()) {
            bottom.getSelectionModel().select(ioTab);
            status.showMessage("Open or create a file first (Ctrl+N).", true);
            return null;
        }
        Program program = program(editor.get());
        if (program == null) {
            return null;
        }
        RunRequest request = program.runRequest(problem == null ? null : problem.id())
                .withStdin(shown.inputProperty().get());
        return problem == null ? request : request.withLimits(problem.limits());
    }

    /**
     * Run on an interactive problem: the program alone would wait for an interactor that is not there, so it
     * plays against the problem's interactor on the samples, each a row of the results with its dialogue.
     */
    private void runWithInteractor(CodeEditor editor, ProblemPackage problem) {
        bottom.getSelectionModel().select(results.tab());
        results.get();
        RunRequest request = problem.sampleRequest(editor.language().id(), editor.text());
        controller.start(RunKind.JUDGE, request, shown, Set.of(), "Running against the interactor on "
                + request.tests().size() + (request.tests().size() == 1 ? " sample" : " samples") + "\u2026");
    }

    @Override
    public void judge() {
        Optional<CodeEditor> editor = tabs.activeEditor();
        bottom.getSelectionModel().select(results.tab());
        results.get();
        if (editor.isEmpty()) {
            shown.ended(RunKind.JUDGE, "Open or create a file first (Ctrl+N).");
            return;
        }
        ProblemPackage problem = problems.selected();
        if (problem == null) {
            shown.ended(RunKind.JUDGE, "Open a problem first (File \u2192 Open problem\u2026): judging needs its tests.");
            return;
        }
        Program program = program(editor.get());
        if (program == null) {
            return;
        }
        RunRequest request = program.judgeRequest(problem);
        if (stopAtFirstFailure) {
            request = request.withStopOnFirstFailure(true);
        }
        controller.start(RunKind.JUDGE, request, shown, ResultsView.names(problem.secretTests()),
                "Judging " + problem.name() + " (" + request.tests().size() + " tests)\u2026");
    }

    @Override
    public void setStopAtFirstFailure(boolean stop) {
        stopAtFirstFailure = stop;
    }

    /** Judges the active tab on the problem's samples and the student's own tests, in one request. */
    @Override
    public void runAll() {
        Optional<CodeEditor> editor = tabs.activeEditor();
        ProblemPackage problem = problems.selected();
        if (editor.isEmpty() || problem == null) {
            status.showMessage(editor.isEmpty() ? "Open or create a file first (Ctrl+N)."
                    : "Open a problem first (File \u2192 Open problem\u2026).", true);
            return;
        }
        Program program = program(editor.get());
        if (program == null) {
            return;
        }
        RunRequest request = program.request(ownTests::runAllRequest, problem.id());
        results.get(); // its banner says how the run went, whichever pane is on screen
        controller.start(RunKind.JUDGE, request, shown, Set.of(),
                "Running " + problem.samples().size() + " samples and " + ownTests.tests().size() + " of your tests\u2026");
    }

    /** The "My tests" pane, built when first needed. */
    void showOwnTests() {
        bottom.getSelectionModel().select(ownTestsView.tab());
    }

    @Override
    public void cancel() {
        controller.cancel();
    }

    @Override
    public void showNodes() {
        bottom.getSelectionModel().select(nodesView.tab());
    }

    @Override
    public void setDarkTheme(boolean dark) {
        Theme theme = dark ? Theme.DARK : Theme.LIGHT;
        applyTheme(theme);
        settings.update(s -> s.withTheme(theme));
    }

    // ---- layout and helpers -------------------------------------------------------------------------------

    private ToolBar toolBar() {
        Button runButton = new Button("\u25b6 Run");
        runButton.setId("runButton");
        runButton.setOnAction(e -> run());
        runButton.setTooltip(new javafx.scene.control.Tooltip(
                "Run live in the Console pane, the input pane's text (if any) as its input (Ctrl+Enter, F5)"));
        Button judgeButton = new Button("\u2714 Judge");
        judgeButton.setId("judgeButton");
        judgeButton.setOnAction(e -> judge());
        judgeButton.setTooltip(new javafx.scene.control.Tooltip("Judge against all the problem's tests (Ctrl+Shift+Enter)"));
        runButton.disableProperty().bind(controller.runningProperty());
        judgeButton.disableProperty().bind(controller.runningProperty());
        languageChoice.setId("languageChoice");
        languageChoice.setOnAction(e -> languageChosen(languageChoice.getValue()));
        folderLabel.setId("folderLabel");
        folderLabel.visibleProperty().bind(folderLabel.textProperty().isNotEmpty());
        folderLabel.managedProperty().bind(folderLabel.visibleProperty());
        return new ToolBar(runButton, judgeButton, new Separator(Orientation.VERTICAL), new Label("Language:"),
                languageChoice, folderLabel);
    }

    private SplitPane center() {
        input.setId("inputArea");
        input.setPromptText("Input for Run (Ctrl+Enter) goes here: the program reads it, then end of input."
                + " Leave it empty to type the input in the Console pane.");
        input.getStyleClass().add("mono");
        Label inputCaption = new Label("Input (stdin)");
        inputCaption.getStyleClass().add("caption");
        VBox inputBox = new VBox(2, inputCaption, input);
        inputBox.setPadding(new javafx.geometry.Insets(6));
        VBox.setVgrow(input, Priority.ALWAYS);
        SplitPane io = new SplitPane(inputBox, output);
        io.setDividerPositions(0.35);
        ioTab.setId("ioTab");
        ioTab.setContent(io);
        results.tab().setId("resultsTab");
        compileErrors.tab().setId("compileTab");
        nodesView.tab().setId("nodesTab");
        ownTestsView.tab().setId("ownTestsTab");
        bottom.setId("bottomTabs");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getTabs().addAll(ioTab, consoleView.tab(), results.tab(), ownTestsView.tab(), compileErrors.tab(),
                nodesView.tab());

        SplitPane editorAndResults = new SplitPane(tabs, bottom);
        editorAndResults.setOrientation(Orientation.VERTICAL);
        editorAndResults.setDividerPositions(0.58);
        SplitPane center = new SplitPane(problems, editorAndResults);
        center.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(problems, false);
        return center;
    }

    private void runKeys(KeyEvent event) {
        if (Shortcuts.JUDGE.match(event)) {
            event.consume();
            judge();
        } else if (Shortcuts.RUN.match(event)) {
            event.consume();
            run();
        } else if (Shortcuts.RUN_F5.match(event)) {
            event.consume();
            run();
        }
    }

    private void activeChanged(EditorTab tab) {
        show(tab == null ? noTab : runs.computeIfAbsent(tab, this::runModelOf));
        if (tab == null) {
            status.showCaret(0, 0);
            return;
        }
        CodeEditor editor = tab.editor();
        showLanguageChoice(editor.language());
        status.showCaret(editor.caretLine(), editor.caretColumn());
        editor.area().caretPositionProperty().addListener((obs, old, now) -> {
            if (tabs.activeEditor().orElse(null) == editor) {
                status.showCaret(editor.caretLine(), editor.caretColumn());
            }
        });
    }

    /** The pool's languages arrived or changed: the menu lists them, tabs waiting for theirs get them. */
    private void languagesChanged(Languages now) {
        tabs.useLanguages(now);
        tabs.activeEditor().ifPresent(editor -> showLanguageChoice(editor.language()));
    }

    /** Selects {@code current} in the menu of the pool's languages (listed too while no node describes it). */
    private void showLanguageChoice(Language current) {
        List<Language> items = new ArrayList<>(tabs.languages().all().stream().map(Language::of).toList());
        if (!items.contains(current)) {
            items.add(current);
        }
        if (!languageChoice.getItems().equals(items)) {
            languageChoice.getItems().setAll(items);
        }
        languageChoice.setValue(current);
    }

    private void languageChosen(Language language) {
        if (language == null) {
            return;
        }
        tabs.active().ifPresent(tab -> {
            if (tab.editor().language().equals(language)) {
                return;
            }
            boolean pristine = tab.isPristine();
            tab.editor().languageProperty().set(language);
            if (pristine) {
                tab.editor().load(language.template());
            }
        });
        settings.update(s -> s.withLanguage(language.id()));
    }

    private void problemChanged(ProblemPackage problem) {
        ownTests.show(problem);
        runs.values().forEach(model -> model.problemChanged(problem));
        noTab.problemChanged(problem);
    }

    /** A tab's run state: the opened folder's tabs are one program and share theirs. */
    private RunModel runModelOf(EditorTab tab) {
        if (folder != null && tab.file().filter(folder::holds).isPresent()) {
            for (Map.Entry<EditorTab, RunModel> other : runs.entrySet()) {
                if (other.getKey().file().filter(folder::holds).isPresent()) {
                    return other.getValue();
                }
            }
        }
        return newRunModel(tab);
    }

    /** A tab's run state, starting from the problem open now; its compiler messages are marked in the code. */
    private RunModel newRunModel(EditorTab tab) {
        RunModel model = new RunModel();
        compilerMarks.follow(model, tab);
        model.problemChanged(problems.selected());
        model.compileFailureProperty().addListener((obs, old, failed) -> {
            if (failed != null && model == shown) {
                bottom.getSelectionModel().select(compileErrors.tab());
            }
        });
        return model;
    }

    /** Puts {@code model} on screen: the input pane, output, results and compile errors follow it. */
    private void show(RunModel model) {
        input.textProperty().unbindBidirectional(shown.inputProperty());
        shown = model;
        input.textProperty().bindBidirectional(model.inputProperty());
        output.follow(model);
        results.ifBuilt(view -> view.follow(model));
        compileErrors.ifBuilt(view -> view.follow(model));
        ownTestsView.ifBuilt(view -> view.follow(model));
        if (model.compileFailureProperty().get() != null) {
            compileErrors.get();
        }
    }

    private ResultsView newResultsView() {
        ResultsView view = new ResultsView();
        view.follow(shown);
        return view;
    }

    private OwnTestsView newOwnTestsView() {
        OwnTestsView view = new OwnTestsView(ownTests, this::runAll);
        view.follow(shown);
        return view;
    }

    private CompileErrorsView newCompileErrorsView() {
        CompileErrorsView view = new CompileErrorsView(this::goTo);
        view.follow(shown);
        return view;
    }

    private NodesView newNodesView() {
        NodesView view = new NodesView();
        view.follow(pool.nodes());
        return view;
    }

    private void useSample(TestCase sample) {
        shown.useSample(sample);
    }

    private void goTo(CompilerMessage message) {
        compilerMarks.goTo(shown, message);
    }

    private void chooseProblems(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            openProblems(dir.toPath(), true);
        }
    }

    private void applySettings(Settings updated) {
        boolean reconnect = !java.util.Objects.equals(updated.nodeList(), settings.get().nodeList());
        applyTheme(updated.theme());
        tabs.fontSizeProperty().set(updated.fontSize());
        settings.update(s -> updated);
        if (reconnect) {
            pool.connect(updated.nodeList());
        }
        if (pool.requested()) { // after the start; before it, the start listens on the port chosen now
            webImport.listenOn(updated.companionPort());
        }
    }

    /** Applies a node list location as the settings dialog would (for tests and scripted use). */
    public void useNodeList(String nodeList) {
        applySettings(settings.get().withNodeList(nodeList));
    }

    private void applyTheme(Theme theme) {
        scene.getStylesheets().setAll(BASE_CSS, EDITOR_CSS, theme.stylesheetUrl());
        menu.showDark(theme.isDark());
    }

    private void close() {
        try {
            session.save(tabs.snapshot());
        } catch (IOException e) {
            // The window is gone; the next start reopens what an earlier save kept.
            System.err.println("labjudge: cannot keep the open tabs in " + context.dataDir() + ": " + e.getMessage());
        }
        webImport.close();
        controller.cancel();
        pool.close();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            if (tab instanceof EditorTab editorTab) {
                editorTab.editor().close();
            }
        }
        languageServers.close();
        background.shutdownNow();
    }
}
