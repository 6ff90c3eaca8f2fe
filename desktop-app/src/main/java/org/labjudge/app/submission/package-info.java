/** Source files and students' submissions as LabJudge reads them from disk. */
package org.labjudge.app.submission;
