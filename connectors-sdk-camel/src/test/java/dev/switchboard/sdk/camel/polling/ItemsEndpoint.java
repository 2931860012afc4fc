package dev.switchboard.sdk.camel.polling;

import org.apache.camel.Processor;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

@UriEndpoint(firstVersion = "0.1.0", scheme = "items", title = "Items (tests)", syntax = "items:name", consumerOnly = true)
class ItemsEndpoint extends PollingSourceEndpoint {

    private String name;
    @UriParam(defaultValue = "10", description = "The most items one poll emits.")
    private int batch = 10;

    ItemsEndpoint(String endpointUri, ItemsComponent component) {
        super(endpointUri, component);
    }

    @Override
    public ItemsComponent getComponent() {
        return (ItemsComponent) super.getComponent();
    }

    @Override
    protected ItemsConsumer newConsumer(Processor processor) {
        return new ItemsConsumer(this, processor);
    }

    @Override
    public String sourceName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public int getBatch() {
        return batch;
    }

    public void setBatch(int batch) {
        this.batch = batch;
    }
}
