package com.icr.connect;

/**
 * Where an installation's pages load the Connect bridge (all.js) from: Atlassian's CDN,
 * as the products require. The preview supplies its own for its demo site, which must
 * work without a network.
 */
public interface BridgeLocation {

    String allJsFor(String clientKey);

}
