/** The LabJudge desktop app: the student's editor and the pool client. */
package org.labjudge.app;
