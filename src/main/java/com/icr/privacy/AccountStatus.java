package com.icr.privacy;

/** What Atlassian says of a reported account that needs something done. */
public enum AccountStatus {

    /** The account is gone: erase what the app keeps of that person. */
    CLOSED,

    /** The person's data changed: forget what is cached of them. */
    UPDATED

}
