package org.labjudge.app.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.labjudge.app.language.Languages;
import org.labjudge.app.pool.LocalNodeStarter;
import org.labjudge.app.pool.NodeStatus;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolConfig;
import org.labjudge.app.pool.PoolException;
import org.labjudge.app.ui.pool.NodesReport;
import org.labjudge.app.ui.pool.StatusModel;
import org.labjudge.app.ui.run.RunController;

/**
 * Opens the pool off the UI thread (reading the node list or starting an embedded node may take seconds),
 * feeds node statuses to the status line and to the report the Nodes view follows, and reports a broken node
 * list in plain words. Reconnecting (after the node list setting changes) closes the previous pool.
 */
final class PoolConnection implements AutoCloseable {

    private final LocalNodeStarter localNode;
    private final Executor background;
    private final RunController controller;
    private final StatusModel status;
    private final ObjectProperty<NodesReport> nodes = new SimpleObjectProperty<>(NodesReport.stillConnecting());
    private final ObjectProperty<Languages> languages = new SimpleObjectProperty<>(Languages.NONE);
    private Pool pool;
    private long generation;

    PoolConnection(LocalNodeStarter localNode, Executor background, RunController controller, StatusModel status) {
        this.localNode = localNode;
        this.background = background;
        this.controller = controller;
        this.status = status;
    }

    /** The nodes as last known, for the Nodes view. UI thread. */
    ReadOnlyObjectProperty<NodesReport> nodes() {
        return nodes;
    }

    /** The languages the nodes that are up offer, as their language lists describe them. UI thread. */
    ReadOnlyObjectProperty<Languages> languages() {
        return languages;
    }

    /** Whether {@link #connect} was ever called. */
    boolean requested() {
        return generation > 0;
    }

    /** (Re)connects to the pool of {@code nodeList} ({@code null}: the standard lookup, else a local node). UI thread. */
    void connect(String nodeList) {
        long mine = ++generation;
        closePool();
        controller.setPool(null, "Still connecting to the LabJudge nodes; try again in a moment.");
        status.showMessage("Connecting to the LabJudge nodes\u2026", false);
        CompletableFuture.runAsync(() -> {
            try {
                Pool opened = Pool.start(PoolConfig.defaults().withNodeList(nodeList), localNode);
                Platform.runLater(() -> connected(mine, opened));
            } catch (PoolException e) {
                Platform.runLater(() -> failed(mine, e.getMessage()));
            } catch (RuntimeException e) {
                String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> failed(mine, "Cannot start the pool client: " + detail));
            }
        }, background);
    }

    private void connected(long mine, Pool opened) {
        if (mine != generation) {
            opened.close();
            return;
        }
        pool = opened;
        controller.setPool(opened, null);
        status.showMessage("", false);
        opened.addListener(statuses -> Platform.runLater(() -> {
            if (pool == opened) {
                show(statuses);
            }
        }));
        show(opened.nodes());
    }

    private void failed(long mine, String message) {
        if (mine != generation) {
            return;
        }
        controller.setPool(null, message);
        status.showNoPool(message);
        nodes.set(NodesReport.failed(message));
    }

    private void show(List<NodeStatus> statuses) {
        status.showNodes(statuses);
        nodes.set(NodesReport.of(statuses));
        Languages offered = Languages.offeredBy(statuses);
        if (!offered.isEmpty() && !offered.equals(languages.get())) {
            // While no node is up the last languages stay: the editor keeps its menu and highlighting.
            languages.set(offered);
        }
    }

    private void closePool() {
        Pool old = pool;
        pool = null;
        if (old != null) {
            CompletableFuture.runAsync(old::close, background);
        }
    }

    @Override
    public void close() {
        generation++;
        Pool old = pool;
        pool = null;
        if (old != null) {
            old.close();
        }
    }
}
