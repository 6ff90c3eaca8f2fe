package org.labjudge.gateway.jobe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.labjudge.app.pool.Pool;
import org.labjudge.app.pool.PoolException;
import org.labjudge.gateway.PoolRunService;
import org.labjudge.node.admission.Admission;
import org.labjudge.node.api.jobe.JobeAnswer;
import org.labjudge.node.api.jobe.JobeApi;
import org.labjudge.node.api.jobe.JobeError;
import org.labjudge.node.api.jobe.JobeFileCache;
import org.labjudge.node.api.jobe.JobeFileSpec;
import org.labjudge.node.api.jobe.JobeLanguage;
import org.labjudge.node.api.jobe.JobeOutcomes;
import org.labjudge.node.api.jobe.JobeRunSpec;
import org.labjudge.node.api.jobe.JobeRunner;
import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.metrics.NodeMetrics;
import org.labjudge.protocol.Json;

/**
 * The gateway's Jobe runs: each goes, as sent, to the Jobe API of a node the pool chooses, with the pool's
 * failover; files come from the gateway's own file cache (clients {@code PUT} them to the gateway). When no
 * node can take the run the answer is Jobe's overload outcome, as a full Jobe server gives. Each answered run is
 * counted in the gateway's metrics as {@code frontend="jobe"}, its verdict read from the outcome.
 */
public final class JobeForwarding implements JobeRunner {
    private final Pool pool;
    private final JobeFileCache files;
    private final Admission admission;
    private final NodeMetrics metrics;
    private final ObjectMapper mapper = Json.newMapper();

    /**
     * @param admission the gateway's one waiting room, which its v1 and Piston runs pass too
     * @param metrics the gateway's, which count its v1 and Piston runs too
     */
    public JobeForwarding(Pool pool, JobeFileCache files, Admission admission, NodeMetrics metrics) {
        this.pool = pool;
        this.files = files;
        this.admission = admission;
        this.metrics = metrics;
    }

    @Override
    public JobeAnswer run(JobeRunSpec spec, JobeLanguage language, byte[] body, String client,
                          Cancellation cancellation) {
        Map<String, byte[]> needed = new LinkedHashMap<>();
        for (JobeFileSpec file : spec.fileList()) {
            needed.put(file.fileId(), files.get(file.fileId()).orElseThrow(JobeError::missingFile));
        }
        JobeCall call = new JobeCall(language.nodeId(), body, needed, mapper);
        long start = System.nanoTime();
        long[] admittedAt = new long[1];
        JobeAnswer answer = admission.admit(client, Admission.Timing.COUNTED, () -> {
            admittedAt[0] = System.nanoTime();
            return forward(call, cancellation);
        });
        if (answer.status() == 200 && answer.body() instanceof JsonNode result && result.has("outcome")) {
            long end = System.nanoTime();
            metrics.recordRun(JobeApi.FRONTEND, language.nodeId(), JobeOutcomes.verdictOf(result.get("outcome").asInt()),
                    (end - start) / 1_000_000, (admittedAt[0] - start) / 1_000_000);
        }
        return answer;
    }

    private JobeAnswer forward(JobeCall call, Cancellation cancellation) {
        try {
            return PoolRunService.awaitUnlessCancelled(pool, pool.submit(call), cancellation);
        } catch (PoolException e) {
            throw PoolRunService.refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PoolRunService.stopping();
        }
    }
}
