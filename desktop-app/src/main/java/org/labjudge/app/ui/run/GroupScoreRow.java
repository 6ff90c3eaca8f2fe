package org.labjudge.app.ui.run;

import org.labjudge.app.grade.Scores;
import org.labjudge.protocol.GroupResult;

/** A row of a scoring problem's group table: a group's verdict, how many of its tests passed, its score. */
public record GroupScoreRow(GroupResult group) {

    public String name() {
        return group.name();
    }

    /** {@code 2 of 3 passed}. */
    public String testsText() {
        return group.passed() + " of " + group.tests() + " passed";
    }

    /** {@code 20 / 30}: the group's score out of the most it could score. */
    public String scoreText() {
        return Scores.format(group.score()) + " / " + Scores.format(group.maxScore());
    }
}
