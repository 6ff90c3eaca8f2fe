package org.labjudge.node.api.jobe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Jobe's RunResult object: the run's id, its outcome code, the compiler's output and the program's. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"run_id", "outcome", "cmpinfo", "stdout", "stderr"})
record JobeResult(@JsonProperty("run_id") String runId, int outcome, String cmpinfo, String stdout, String stderr) {
    static final int COMPILATION_ERROR = 11;
    static final int RUNTIME_ERROR = 12;
    static final int TIME_LIMIT = 13;
    static final int SUCCESS = 15;
    static final int MEMORY_LIMIT = 17;
    /** Never answered: the node's sandbox does not tell a refused system call from other failures. */
    static final int ILLEGAL_SYSCALL = 19;
    static final int INTERNAL_ERROR = 20;
    static final int SERVER_OVERLOAD = 21;

    /** Jobe's answer when it has no free slot: outcome 21, nothing run. */
    static JobeResult overload(String why) {
        return new JobeResult(null, SERVER_OVERLOAD, "", "", why);
    }
}
