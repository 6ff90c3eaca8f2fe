/**
 * The languages the pool offers, as its nodes' {@code /api/v1/languages} describe them: the one list the
 * editor and the command line read (the app keeps no list of its own).
 */
package org.labjudge.app.language;
