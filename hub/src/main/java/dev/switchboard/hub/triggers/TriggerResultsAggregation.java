package dev.switchboard.hub.triggers;

import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.springframework.stereotype.Component;

/**
 * {@code aggregationStrategy: triggerResults} in {@code routes/document-ingest.camel.yaml}: collects
 * the per-document answers of the split into one list, in document order, for {@code hub:triggers/answer}.
 */
@Component("triggerResults")
class TriggerResultsAggregation extends GroupedBodyAggregationStrategy {
}
