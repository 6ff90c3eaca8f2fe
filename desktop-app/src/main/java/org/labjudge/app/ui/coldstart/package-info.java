/**
 * The editor's cold start: a probe that opens the window once and reports its timings, and the benchmark that
 * runs the probe in fresh JVMs with and without an AppCDS archive. Commands, not tests.
 */
package org.labjudge.app.ui.coldstart;
