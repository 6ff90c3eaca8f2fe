/**
 * Grading a class's submissions over the pool: judging with a per-test result cache ({@link
 * org.labjudge.app.grade.Grader}, {@link org.labjudge.app.grade.ResultCache}), scores and weights ({@link
 * org.labjudge.app.grade.RowMaker}, {@link org.labjudge.app.grade.GroupWeights}), late and missing students
 * ({@link org.labjudge.app.grade.Arrivals}), similarity through JPlag ({@link
 * org.labjudge.app.grade.SimilarityCheck}), and the HTML, CSV and Moodle CSV reports.
 */
package org.labjudge.app.grade;
