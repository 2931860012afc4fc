-- Keys a plugin has processed (feed entry ids, message ids), one set per plugin and repository
-- name: the durable store behind PluginContext.idempotentRepository(name).
CREATE TABLE plugin_keys (
    plugin_id   VARCHAR(100)  NOT NULL,
    repository  VARCHAR(100)  NOT NULL,
    item_key    VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plugin_id, repository, item_key)
);
