/**
 * The code editor: a RichTextFX {@code CodeArea} with highlighting computed off the UI thread, line numbers,
 * auto-indent, bracket matching, find and replace and zoom, plus the languages it knows. Knows nothing of
 * problems, runs or the pool.
 */
package org.labjudge.app.editor;
