package dev.switchboard.sdk.camel.polling;

import org.apache.camel.Processor;

/** Emits the source's items not seen yet, at most {@code batch} per poll, in list order. */
class ItemsConsumer extends PollingSourceConsumer {

    static final String HEADER_ITEM = "TestItem";

    private final ItemsEndpoint endpoint;

    ItemsConsumer(ItemsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public int poll() {
        String name = endpoint.sourceName();
        int emitted = 0;
        for (String id : endpoint.getComponent().items(name)) {
            if (emitted == endpoint.getBatch()) {
                break;
            }
            String key = name + " " + id;
            if (!isSeen(key) && emit(key, "items " + name + ": item " + id, message -> {
                message.setBody("item " + id);
                message.setHeader(HEADER_ITEM, id);
            })) {
                increment("items.emitted", "source", name);
                emitted++;
            }
        }
        return emitted;
    }
}
