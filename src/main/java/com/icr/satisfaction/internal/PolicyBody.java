package com.icr.satisfaction.internal;

import java.util.List;

/** A site's satisfaction policy as the API reads and writes it; null fields take their defaults. */
record PolicyBody(Integer delayMinutes, String asked, Integer expiryDays, Integer reminderDays, List<String> projects, Boolean clarity) {
}
