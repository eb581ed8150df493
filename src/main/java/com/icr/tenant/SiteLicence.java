package com.icr.tenant;

import java.util.Optional;

/**
 * Asks a site's host for the app's licence there; one per front door (Connect: the
 * product's REST API; Forge: what the last invocation token said). Empty when this door
 * does not reach the site or the host reports no licence (a free or development install).
 * Never called inside a transaction: the answer may come over the network.
 */
public interface SiteLicence {

    Optional<LicenceState> licenceOf(TenantId tenantId);

}
