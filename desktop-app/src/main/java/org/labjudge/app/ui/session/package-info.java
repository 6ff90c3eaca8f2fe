/** The open tabs kept between starts, unsaved changes included, in the user's data folder. */
package org.labjudge.app.ui.session;
