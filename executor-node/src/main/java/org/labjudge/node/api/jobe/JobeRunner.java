package org.labjudge.node.api.jobe;

import org.labjudge.node.judge.Cancellation;

/**
 * Where {@link JobeApi} sends a run_spec it has read and checked (language known, overload hook handled):
 * the node's own run service, or, in the gateway, a node of the pool that gets the request as it came.
 */
public interface JobeRunner {

    /**
     * @param spec the run_spec as read
     * @param language its language, one the service offers
     * @param body the request body as the client sent it
     * @param client who sent it ({@link org.labjudge.node.api.RunClients})
     * @param cancellation cancelled when the client goes away: the run is stopped
     * @return Jobe's answer: status and JSON body
     * @throws JobeError when Jobe refuses the run (a file of its {@code file_list} is not held: 404)
     * @throws org.labjudge.node.admission.RunRejectedException when no room is left (answered as outcome 21)
     * @throws org.labjudge.node.judge.InvalidRunException when the run cannot be run as given (400)
     * @throws org.labjudge.node.judge.RunCancelledException when the run was stopped for {@code cancellation}
     */
    JobeAnswer run(JobeRunSpec spec, JobeLanguage language, byte[] body, String client, Cancellation cancellation);
}
