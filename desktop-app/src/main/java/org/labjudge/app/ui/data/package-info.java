/** The user's data folder's files: one JSON file type, read leniently and written atomically. */
package org.labjudge.app.ui.data;
