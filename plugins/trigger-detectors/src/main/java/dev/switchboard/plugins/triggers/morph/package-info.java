/**
 * Morphological dictionaries (morfologik FSA: Polish, Russian, German, English), loaded once per
 * plugin class loader ({@link dev.switchboard.plugins.triggers.morph.Dictionaries}) and read per
 * document run ({@link dev.switchboard.plugins.triggers.morph.Morphology}): whether a capitalized
 * token is a known common word, a known proper name (a given name, a surname, a place) or unknown,
 * and its lemma.
 */
package dev.switchboard.plugins.triggers.morph;
