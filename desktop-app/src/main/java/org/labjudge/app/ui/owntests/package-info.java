/**
 * The student's own test cases beside a problem's samples: kept per problem in the user's data folder, judged
 * with the samples in one request ("run all"), a pass/fail badge each.
 */
package org.labjudge.app.ui.owntests;
