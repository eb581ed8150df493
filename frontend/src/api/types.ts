// Mirrors of the server's View records. Keep in step with the Java records named in each comment.

/** com.icr.tenant.SiteView.ProductView */
export interface ProductView {
  installed: boolean;
  enabled: boolean;
  baseUrl: string | null;
  installedAt: string | null;
}

/** com.icr.tenant.SiteView */
export interface SiteView {
  siteUrl: string;
  viewedFrom: 'jira' | 'confluence';
  jira: ProductView;
  confluence: ProductView;
  linked: boolean;
}
