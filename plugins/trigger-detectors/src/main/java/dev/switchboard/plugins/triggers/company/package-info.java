/**
 * Which company a trigger is about: name candidates in the cue's sentence (capitalized runs,
 * quoted names, names with a legal form, {@code @handles}), people, places and common words left
 * out, scored by what marks a company (a legal form, a preceding "společnost"/"spółka"/"компания",
 * quotes) and by where it stands (the subject before the cue, "at"/"of"/"ve"/"w"/"в" after it);
 * the document's main company when the sentence names none.
 */
package dev.switchboard.plugins.triggers.company;
