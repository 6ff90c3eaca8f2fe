package org.labjudge.node.api.jobe;

import org.labjudge.node.judge.Cancellation;
import org.labjudge.node.judge.RunService;
import org.labjudge.protocol.RunResult;

/** A node's Jobe runs: translated to a request of its run service, the result mapped to Jobe's outcomes. */
final class ServiceJobeRunner implements JobeRunner {
    private final RunService service;
    private final JobeTranslator translator;

    ServiceJobeRunner(RunService service, JobeTranslator translator) {
        this.service = service;
        this.translator = translator;
    }

    @Override
    public JobeAnswer run(JobeRunSpec spec, JobeLanguage language, byte[] body, String client,
                          Cancellation cancellation) {
        JobeRun run = translator.translate(spec, language, service.limits());
        RunResult result = service.run(run.request(), run.options().withClient(client).cancelledBy(cancellation));
        return new JobeAnswer(200, JobeOutcomes.of(result));
    }
}
