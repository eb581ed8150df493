package com.icr.connect;

import org.springframework.stereotype.Component;

/** Every installation's pages load the bridge from Atlassian's CDN, as the products require. */
@Component
class AtlassianCdnBridge implements BridgeLocation {

    @Override
    public String allJsFor(String clientKey) {
        return PageTemplates.CONNECT_ALL_JS;
    }
}
