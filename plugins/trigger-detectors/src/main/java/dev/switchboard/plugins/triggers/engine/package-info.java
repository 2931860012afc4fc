/**
 * The detection engine: per sentence, lexicon cues per trigger type, the filters that refuse them
 * (negation, layoffs, job seekers, investment advice, market statistics, denials, cancellations,
 * historical mentions, sports), the company each trigger is about, and a confidence. One engine
 * run serves all five detectors of a document (cached by document instance).
 */
package dev.switchboard.plugins.triggers.engine;
