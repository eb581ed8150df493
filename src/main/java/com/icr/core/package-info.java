/**
 * The shared kernel every module speaks: the rules' exceptions (what a use case refuses,
 * named for the rule, never for an HTTP status; the web layer alone maps them) and the
 * identifiers the modules share.
 */
package com.icr.core;
