package org.labjudge.node.api.piston;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One stage of Piston's answer ({@code run} or {@code compile}). {@code code} is {@code null}
 * when a signal ended the process; {@code status} is Piston's (isolate's) two-letter reason
 * ({@code RE}, {@code SG}, {@code TO}, {@code OL}, {@code XX}) or {@code null} for a clean exit.
 * Times are milliseconds, memory is bytes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"stdout", "stderr", "code", "signal", "output", "memory", "message", "status", "cpu_time",
        "wall_time"})
record PistonStage(String stdout, String stderr, Integer code, String signal, String output, Long memory,
                   String message, String status, @JsonProperty("cpu_time") Long cpuTime,
                   @JsonProperty("wall_time") Long wallTime) {}
