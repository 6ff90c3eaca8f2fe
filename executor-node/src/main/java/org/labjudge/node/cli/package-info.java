/**
 * The {@code executor-node} command line ({@link org.labjudge.node.cli.NodeMain}); {@code serve} starts the
 * composition root, {@link org.labjudge.node.ExecutorNode}.
 * Exit codes: 0 ok, 1 the node could not start or failed, 2 a usage or configuration error (one line
 * on stderr, no stack trace).
 */
package org.labjudge.node.cli;
