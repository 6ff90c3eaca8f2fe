/** The embedded default node: an executor node started on loopback when no node list exists. */
package org.labjudge.app.localnode;
