package org.labjudge.app.ui.run;

/** What the student asked for: one run fed the input pane, or a judgement against all the problem's tests. */
public enum RunKind {
    RUN,
    JUDGE
}
