/**
 * Bases for a polling source connector: a Camel component whose endpoints poll a source (a feed, a
 * social network's timeline, a job board) and emit one exchange per new item, remembering what they
 * emitted in the plugin's durable idempotent repository. The feed and Mastodon connectors in the
 * Switchboard repository are built on them.
 *
 * <table>
 *   <caption>What each base does, and what the connector adds</caption>
 *   <tr><th>base</th><th>does</th><th>the connector adds</th></tr>
 *   <tr><td>{@link dev.switchboard.sdk.camel.polling.PollingSourceConnectorProvider}</td>
 *       <td>registers the component under its scheme; applies and checks {@code user-agent},
 *       {@code timeout}, {@code delay}; hands over the plugin's repository and metrics</td>
 *       <td>id, description, the declared options, its own keys and checks</td></tr>
 *   <tr><td>{@link dev.switchboard.sdk.camel.polling.PollingSourceComponent}</td>
 *       <td>endpoint defaults ({@code userAgent}, {@code timeout}, {@code delay}, repository, metrics);
 *       creates endpoints in a fixed order; URI times with units; an in-memory repository when none
 *       is given</td>
 *       <td>its own defaults; reading the URI's path; range checks</td></tr>
 *   <tr><td>{@link dev.switchboard.sdk.camel.polling.PollingSourceEndpoint}</td>
 *       <td>options {@code userAgent}, {@code timeout}, {@code idempotentRepository}; refuses producers</td>
 *       <td>{@code @UriEndpoint}, its own options, {@code sourceName()}, its consumer</td></tr>
 *   <tr><td>{@link dev.switchboard.sdk.camel.polling.PollingSourceConsumer}</td>
 *       <td>finds the repository; {@code emit} records an item as seen only after its exchange
 *       succeeded; null-safe counters</td>
 *       <td>{@code poll()}: fetch, drop what {@code isSeen}, emit the rest</td></tr>
 * </table>
 *
 * <p>A minimal connector, reading a job board:
 *
 * <pre>{@code
 * @Extension
 * public class JobsConnectorProvider extends PollingSourceConnectorProvider<JobsComponent> {
 *     public JobsConnectorProvider() { super("jobs", "job-ads", "the job board"); }
 *     public String id() { return "jobs"; }
 *     public String description() { return "Job ads of a job board: one Document per new ad"; }
 *     public List<ConfigOption> configuration() {
 *         return List.of(ConfigOption.optional(DELAY, ConfigType.DURATION, "10m", "time between polls"));
 *     }
 *     protected JobsComponent createComponent(PluginContext context) { return new JobsComponent(); }
 * }
 *
 * public class JobsComponent extends PollingSourceComponent<JobsEndpoint> {
 *     public JobsComponent() { super("Acme jobs connector", 10 * 60_000); }
 *     protected JobsEndpoint newEndpoint(String uri, String remaining, Map<String, Object> parameters) {
 *         return new JobsEndpoint(uri, this);
 *     }
 *     protected void configureEndpoint(JobsEndpoint endpoint, String remaining, Map<String, Object> parameters) {
 *         endpoint.setQuery(remaining);          // jobs:<query>
 *     }
 * }
 *
 * // JobsEndpoint extends PollingSourceEndpoint: sourceName() returns the query,
 * // newConsumer(processor) returns new JobsConsumer(this, processor).
 *
 * final class JobsConsumer extends PollingSourceConsumer {
 *     protected int poll() throws Exception {
 *         int emitted = 0;
 *         for (JobAd ad : client.newestAds(endpoint.query())) {   // oldest first
 *             String key = endpoint.query() + " " + ad.id();
 *             if (!isSeen(key) && emit(key, "jobs " + endpoint.query() + ": ad " + ad.id(),
 *                     message -> message.setBody(ad.document()))) {
 *                 increment("jobs.ads", "query", endpoint.query());
 *                 emitted++;
 *             }
 *         }
 *         return emitted;
 *     }
 * }
 * }</pre>
 *
 * <p>These classes live in {@code connectors-sdk-camel}, not in the SDK, which depends on camel-api
 * only: they extend Camel's {@code DefaultComponent}, {@code ScheduledPollEndpoint} and
 * {@code ScheduledPollConsumer}. A connector built on them depends on {@code connectors-sdk-camel}
 * and {@code camel-support} in {@code provided} scope, like the SDK itself; the hub provides both.
 * They are {@link dev.switchboard.sdk.Incubating}: they may still change in a minor version.
 */
package dev.switchboard.sdk.camel.polling;
