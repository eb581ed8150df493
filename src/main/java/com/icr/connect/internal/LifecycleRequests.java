package com.icr.connect.internal;

import com.icr.connect.AppDescriptor;
import com.atlassian.connect.spring.internal.auth.LifecycleURLHelper;
import javax.servlet.http.HttpServletRequest;

/**
 * ACSB's two JWT filters ask for every request whether it is an {@code installed} or
 * {@code uninstalled} callback, each time by building URIs of the request and of the
 * descriptor's callbacks and comparing them. A request whose path does not even end like
 * a callback's is not one: that answer costs a string comparison; the others are still
 * ACSB's to give.
 */
class LifecycleRequests extends LifecycleURLHelper {

    private final String installed;

    private final String uninstalled;

    LifecycleRequests(AppDescriptor descriptor) {
        this.installed = descriptor.lifecyclePath("installed");
        this.uninstalled = descriptor.lifecyclePath("uninstalled");
    }

    @Override
    public boolean isRequestToInstalledLifecycle(HttpServletRequest request) {
        return endsWith(request, installed) && super.isRequestToInstalledLifecycle(request);
    }

    @Override
    public boolean isRequestToUninstalledLifecycle(HttpServletRequest request) {
        return endsWith(request, uninstalled) && super.isRequestToUninstalledLifecycle(request);
    }

    private static boolean endsWith(HttpServletRequest request, String path) {
        String uri = request.getRequestURI();
        return path.isEmpty() || uri == null || uri.endsWith(path) || uri.endsWith(path + "/");
    }

}
