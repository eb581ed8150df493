package com.icr.preview;

import com.icr.tenant.Product;

/**
 * The preview's built-in site. Its client keys are reserved; their shared secrets are
 * drawn afresh at every start and never leave the server, so its data is reachable only
 * through the preview.
 */
final class DemoSite {

    static final String BASE_URL = "https://preview.icr.invalid";
    static final String USER_ACCOUNT_ID = "557058:preview-demo-user";
    static final String LOCAL_BRIDGE = "/preview/all.js";

    private DemoSite() {
    }

    static String clientKey(Product product) {
        return "icr-preview-" + product.key();
    }

    static boolean isDemo(String clientKey) {
        return java.util.Arrays.stream(Product.values()).anyMatch(product -> clientKey(product).equals(clientKey));
    }

    static String baseUrl(Product product) {
        return product == Product.CONFLUENCE ? BASE_URL + "/wiki" : BASE_URL;
    }

}
