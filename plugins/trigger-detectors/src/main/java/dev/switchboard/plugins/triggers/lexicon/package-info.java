/**
 * Word lists as data: cue phrases per trigger type and language ({@code lexicon/<type>-<lang>.txt}),
 * filter phrases per language ({@code lexicon/filters-<lang>.txt}) and name lists
 * ({@code names/*.txt}), parsed once at start-up into a {@link dev.switchboard.plugins.triggers.lexicon.Lexicon}
 * that finds every entry in a sentence with hash look-ups (no regular expressions).
 *
 * <p>File syntax, one entry a line: words separated by spaces, matched against folded tokens
 * (lower case, no diacritics). {@code word*} matches any ending (a stem), {@code *word} any
 * beginning (German compounds: {@code *eröffnung} matches {@code Werkseröffnung}), {@code *word*}
 * anything around; {@code ..} skips up to three tokens; {@code <money>}, {@code <number>},
 * {@code <count>} (a number that is no year, amount or percentage), {@code <percent>}, {@code <year>}
 * and {@code <place>} match classified tokens, {@code <any>} exactly one token; {@code <start>}, first
 * in an entry, anchors it at the sentence's first token (a headline that opens with an amount).
 * {@code [section weight]} starts a section ({@code [named]}: a cue that counts only when a company is
 * found); {@code #} starts a comment.
 */
package dev.switchboard.plugins.triggers.lexicon;
