/**
 * The pool client: node list, health and load polling, balancing and failover. Free of JavaFX, so the
 * editor, the command-line mode and tests share it.
 */
package org.labjudge.app.pool;
