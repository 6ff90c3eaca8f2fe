package org.labjudge.app.ui.webimport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A problem as the Competitive Companion extension posts it (its README's "Custom tools" format). Only the fields
 * the editor uses are read; {@code languages}, {@code batch} and others are ignored.
 *
 * @param memoryLimit MB
 * @param timeLimit   ms
 * @param testType    {@code single} or {@code multiNumber}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanionProblem(String name, String group, String url, Boolean interactive, Integer memoryLimit,
                               Integer timeLimit, List<Test> tests, String testType, Stream input, Stream output) {

    /** One sample: what goes to stdin and what the program should print. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Test(String input, String output) {
    }

    /** How the program reads or writes: {@code stdin}/{@code stdout}, or {@code file} with {@code fileName}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stream(String type, String fileName, String pattern) {
    }
}
