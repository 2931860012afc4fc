package dev.switchboard.hub.plugins;

import java.time.Clock;

import dev.switchboard.hub.home.SwitchboardProperties;
import dev.switchboard.hub.routes.RouteFileLoader;
import dev.switchboard.hub.routes.RouteHolds;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the plugin platform. Work directories live under the data directory: zips are unpacked to
 * {@code <data-dir>/plugins-unpacked/}, uploads are checked in {@code <data-dir>/plugin-uploads/},
 * plugins keep their files in {@code <data-dir>/plugins/<id>/}.
 */
@Configuration(proxyBeanMethods = false)
class PluginsConfiguration {

    @Bean
    HubPluginManager hubPluginManager(SwitchboardProperties home) {
        return new HubPluginManager(home.pluginsDir());
    }

    @Bean
    PluginClassLoaders pluginClassLoaders() {
        return new PluginClassLoaders();
    }

    @Bean
    CamelPlugins camelPlugins(CamelContext camelContext, RouteFileLoader routeFiles, RouteHolds holds,
                              PluginClassLoaders classLoaders) {
        return new CamelPlugins(camelContext, routeFiles, holds, classLoaders);
    }

    @Bean
    PluginLifecycle pluginLifecycle(HubPluginManager manager, SwitchboardProperties home, JdbcTemplate jdbc,
                                    ObjectProvider<Clock> clock, MeterRegistry meters, CamelPlugins camel,
                                    PluginRegistry registry, PluginsProperties properties) {
        PluginConfigCheck configCheck = new PluginConfigCheck(home.configDir(), home.home(), System::getenv);
        HubPluginContext.Services services = new HubPluginContext.Services(jdbc, clock.getIfAvailable(Clock::systemUTC),
                meters, home.dataDir().resolve("plugins"));
        return new PluginLifecycle(manager, configCheck, services, camel, registry, properties);
    }

    @Bean
    PluginInstaller pluginInstaller(SwitchboardProperties home, PluginRegistry registry, HubPluginManager manager,
                                    PluginLifecycle lifecycle, PluginsProperties properties) {
        PluginInspector inspector = new PluginInspector(home.dataDir().resolve("plugins-unpacked"), properties.allow());
        PluginInspector uploads = new PluginInspector(home.dataDir().resolve("plugin-uploads"), properties.allow());
        return new PluginInstaller(home.pluginsDir(), registry, inspector, uploads, manager, lifecycle);
    }
}
