/**
 * Import from the web: a receiver on loopback for the Competitive Companion browser extension, which posts the
 * problem a student has open on a judge's site as JSON; the problem opens in memory with its samples and limits
 * (it is never written into a package folder).
 */
package org.labjudge.app.ui.webimport;
