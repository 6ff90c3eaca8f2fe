package org.labjudge.app.ui.webimport;

/** A problem as the Competitive Companion extension posts it (every field of its format), for tests. */
public final class CompanionJson {

    public static final String PROBLEM = """
            {
              "name": "B. Pairs of Lamps",
              "group": "Codeforces - Practice Round 7",
              "url": "https://codeforces.com/problemset/problem/9999/B",
              "interactive": false,
              "memoryLimit": 128,
              "timeLimit": 2000,
              "tests": [
                {"input": "3\\n1 0 1\\n", "output": "2\\n"},
                {"input": "1\\n0\\n", "output": "0\\n"}
              ],
              "testType": "single",
              "input": {"type": "stdin"},
              "output": {"type": "stdout"},
              "languages": {"java": {"mainClass": "Main", "taskClass": "BPairsOfLamps"}},
              "batch": {"id": "0f6c2b1e-5a4d-4c2b-9e7a-3d1f0a8b6c55", "size": 1}
            }
            """;

    private CompanionJson() {
    }
}
