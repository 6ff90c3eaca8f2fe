/**
 * What an executor node is configured by: {@link org.labjudge.node.config.NodeConfig}, built from
 * defaults, a strict JSON file (unknown or mistyped settings are errors that name the field) and
 * command-line overrides, and validated so a node reachable from the network never runs without a
 * token.
 */
package org.labjudge.node.config;
