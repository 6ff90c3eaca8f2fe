/** The command-line mode ({@code labjudge nodes|run|judge|grade}), built on the pool client. */
package org.labjudge.app.cli;
