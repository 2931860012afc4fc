/**
 * Cheap per-document text analysis shared by all detectors: language identification (script and
 * function words), sentence splitting and tokenization with offsets into the original text, and
 * folding (lower case, Latin diacritics removed, {@code ё}→{@code е}, {@code ß}→{@code ss}) so that
 * lexicon stems match inflected and unaccented spellings alike.
 */
package dev.switchboard.plugins.triggers.analysis;
