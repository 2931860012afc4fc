package dev.switchboard.hub.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.switchboard.hub.home.SwitchboardProperties;
import dev.switchboard.sdk.SdkVersion;
import org.apache.camel.CamelContext;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}: the hub's version (under {@code build}), its directories, SDK version and routes. */
@Component
class HubInfo implements InfoContributor {

    private final SwitchboardProperties paths;
    private final CamelContext camel;

    HubInfo(SwitchboardProperties paths, CamelContext camel) {
        this.paths = paths;
        this.camel = camel;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> hub = new LinkedHashMap<>();
        hub.put("home", paths.home().toString());
        hub.put("dataDir", paths.dataDir().toString());
        hub.put("routesDir", paths.routesDir().toString());
        hub.put("configDir", paths.configDir().toString());
        hub.put("pluginsDir", paths.pluginsDir().toString());
        hub.put("sdkVersion", SdkVersion.CURRENT);
        hub.put("camelVersion", camel.getVersion());
        Map<String, String> routes = new LinkedHashMap<>();
        camel.getRoutes().forEach(r -> routes.put(r.getRouteId(),
                String.valueOf(camel.getRouteController().getRouteStatus(r.getRouteId()))));
        hub.put("routes", routes);
        builder.withDetail("switchboard", hub);
    }
}
