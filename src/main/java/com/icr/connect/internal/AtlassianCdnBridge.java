package com.icr.connect.internal;

import com.icr.connect.BridgeLocation;
import com.icr.connect.PageTemplates;
import org.springframework.stereotype.Component;

/**
 * Every installation's pages load the bridge from Atlassian's CDN, as the products
 * require.
 */
@Component
class AtlassianCdnBridge implements BridgeLocation {

    @Override
    public String allJsFor(String clientKey) {
        return PageTemplates.CONNECT_ALL_JS;
    }

}
