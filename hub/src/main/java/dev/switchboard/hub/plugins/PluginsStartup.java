package dev.switchboard.hub.plugins;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Loads the plugins before Camel starts its routes, so that route files can use plugin components
 * from the first load; makes plugin classes resolvable by Camel; stops the plugins one by one on
 * shutdown.
 */
@Component
class PluginsStartup implements CamelContextConfiguration, DisposableBean {

    private final PluginInstaller installer;
    private final PluginClassLoaders classLoaders;

    PluginsStartup(PluginInstaller installer, PluginClassLoaders classLoaders) {
        this.installer = installer;
        this.classLoaders = classLoaders;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getClassResolver().addClassLoader(classLoaders);
        installer.loadAll();
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // route files are loaded by the routes package once Camel has started
    }

    @Override
    public void destroy() {
        installer.shutdown();
    }
}
