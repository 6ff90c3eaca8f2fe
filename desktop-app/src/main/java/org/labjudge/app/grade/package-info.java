/** Grading a class's submissions over the pool, and the CSV and HTML reports. */
package org.labjudge.app.grade;
