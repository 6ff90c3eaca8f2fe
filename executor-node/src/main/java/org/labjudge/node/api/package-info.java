/**
 * The node's HTTP front-end, wire protocol v1 over Javalin 7: {@link org.labjudge.node.api.NodeApi}
 * serves {@code /api/v1/health}, {@code /api/v1/info}, {@code /api/v1/languages},
 * {@code POST /api/v1/runs} and {@code /metrics} over a {@link org.labjudge.node.judge.RunService}.
 *
 * <p>Decisions a client can see:
 * <ul>
 *   <li>Every error is {@code application/problem+json} (RFC 9457), including the ones Jetty finds
 *       before routing (malformed request lines and headers).</li>
 *   <li>Auth ({@code Authorization: Bearer}) applies to everything but {@code /api/v1/health}, before
 *       routing: without a valid token an unknown path is 401, not 404.</li>
 *   <li>A run body that is not {@code application/json} (or {@code application/*+json}) in UTF-8 is
 *       415 Unsupported Media Type; malformed JSON, wrong types and invalid limits are 400.</li>
 *   <li>Bodies over the cap are 413, checked against {@code Content-Length} first and against the
 *       bytes read for chunked bodies; a body that breaks off is 400 (408 when it stalls). A
 *       refused body of up to four times the cap is read and dropped before the answer, so a
 *       client still sending reads its 413 instead of a reset connection.</li>
 *   <li>A full queue is 429, an unreachable engine or a stopping node 503, both with
 *       {@code Retry-After}; health DOWN is 503 with {@code Retry-After} too.</li>
 * </ul>
 */
package org.labjudge.node.api;
