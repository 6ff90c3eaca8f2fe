package org.labjudge.app.ui.run;

import org.labjudge.app.pool.PoolException;

/** Opens a {@link RunGateway} for a node list location ({@code null}: the standard lookup). May block. */
@FunctionalInterface
public interface RunGatewayFactory {

    RunGateway open(String nodeList) throws PoolException;
}
