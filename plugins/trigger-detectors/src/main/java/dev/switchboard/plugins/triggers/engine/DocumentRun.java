package dev.switchboard.plugins.triggers.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.Sentence;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.company.Candidate;
import dev.switchboard.plugins.triggers.company.CompanyExtractor;
import dev.switchboard.sdk.text.CompanyNames;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.morph.Dictionaries;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/**
 * Detects all five types in one document. Confidence: the cue's lexicon weight (0.85 for a strong
 * cue, 0.7–0.75 for a pair), +0.1 when the sentence names the company clearly (a legal form, a
 * company noun, quotes, or the subject), +0.05 when it names it less clearly, ±0 when the company
 * is the document's main one from elsewhere, −0.15 when the rules find no company (the company ranker
 * may still name one); +0.03 when the type is cued in more than one sentence. One detection per (type, company): the most confident; a
 * detection without a company is dropped when the type has one with a company. A document with the form of a
 * job ad ({@link JobAd}) is hiring by its main company, also when no sentence has a hiring cue of its own.
 */
final class DocumentRun {

    /** The rules' score of a company named clearly (a marker, the subject). */
    static final double CLEAR_COMPANY = 3.0;

    private DocumentRun() {
    }

    /** Sees the company chosen for each cue (for training and inspecting the choice). */
    interface CueObserver {
        void cue(Cue cue, CompanyExtractor companies, boolean firstPerson, CompanyExtractor.Pick pick);
    }

    static Map<TriggerType, List<Detection>> detect(Document document, Settings settings, Lexicons lexicons,
                                                    Dictionaries dictionaries) {
        return detect(document, settings, lexicons, dictionaries, null);
    }

    static Map<TriggerType, List<Detection>> detect(Document document, Settings settings, Lexicons lexicons,
                                                    Dictionaries dictionaries, CueObserver observer) {
        Map<TriggerType, List<Detection>> result = new EnumMap<>(TriggerType.class);
        TextAnalysis analysis = TextAnalysis.of(document.text(), document.language(), settings.maxTextLength());
        if (analysis.language() == null) {
            return result;
        }
        Instant reference = document.publishedAt() != null ? document.publishedAt() : settings.clock().instant();
        int referenceYear = reference.atZone(ZoneOffset.UTC).getYear();
        List<SentenceFacts> facts = new ArrayList<>(analysis.sentences().size());
        List<List<Cue>> cues = new ArrayList<>();
        List<Set<TriggerType>> cued = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            SentenceFacts sentenceFacts = SentenceFacts.of(analysis, sentence, lexicons);
            facts.add(sentenceFacts);
            Map<TriggerType, List<Cue>> found = new EnumMap<>(TriggerType.class);
            for (TriggerType type : TriggerType.values()) {
                List<Cue> typeCues = CueFinder.find(analysis, sentenceFacts, type, referenceYear);
                if (!typeCues.isEmpty()) {
                    found.put(type, typeCues);
                }
            }
            Set<TriggerType> before = cued.isEmpty() ? Set.of() : cued.get(cued.size() - 1);
            List<Cue> sentenceCues = new ArrayList<>();
            Set<TriggerType> types = EnumSet.noneOf(TriggerType.class);
            found.forEach((type, typeCues) -> {
                for (Cue cue : typeCues) {
                    if (!cue.availability() || alone(type, found.keySet(), before)) {
                        sentenceCues.add(cue);
                        types.add(type);
                        return;
                    }
                }
            });
            cues.add(sentenceCues);
            cued.add(types);
        }
        Cue jobAd = JobAd.find(facts, analysis.text());
        if (jobAd != null) {
            // a job ad makes jobs available from a date ("Nástup od září, můžete…"), no product
            for (int s = 0; s < cues.size(); s++) {
                int sentence = s;
                cues.get(s).removeIf(cue -> cue.availability() && cued.get(sentence).remove(cue.type()));
            }
        }
        if (jobAd != null && cued.get(jobAd.sentence()).add(TriggerType.HIRING)) {
            cues.get(jobAd.sentence()).add(jobAd);
        }
        DocumentFilters filters = new DocumentFilters(facts, cued);
        CompanyExtractor companies = new CompanyExtractor(analysis, facts, lexicons, dictionaries);
        Map<TriggerType, Integer> cuedSentences = new EnumMap<>(TriggerType.class);
        cued.forEach(types -> types.forEach(type -> cuedSentences.merge(type, 1, Integer::sum)));
        // a job ad's own cue and its [apply] lines are hiring by the ad's employer, chosen once (main() is memoized)
        CompanyExtractor.Pick adEmployer = jobAd != null ? AdEmployer.of(analysis, companies, facts, jobAd) : null;
        for (int s = 0; s < facts.size(); s++) {
            for (Cue cue : cues.get(s)) {
                boolean firstPerson = facts.get(s).has(Lexicons.FILTER, "first-person");
                CompanyExtractor.Pick pick = cue.apply() ? (jobAd != null ? adEmployer : companies.main())
                        : companies.forCue(s, cue.start(), cue.end(), cue.gapStart(), cue.gapEnd(), firstPerson);
                if (observer != null) {
                    observer.cue(cue, companies, firstPerson, pick);
                }
                // the rules' choice decides whether the detection counts and how sure it is; the ranker names the company
                CompanyExtractor.Pick named = cue.apply() ? pick
                        : companies.ranked(cue.type(), s, cue.start(), cue.end(), cue.gapStart(), cue.gapEnd(),
                                firstPerson, pick, other -> cued.get(other).contains(cue.type()));
                if ((cue.named() && pick == null)
                        || !filters.allows(cue.type(), facts.get(s), cue.start(), pick != null && pick.inSentence())) {
                    continue;
                }
                double confidence = cue.weight() + companyBonus(pick)
                        + (cuedSentences.getOrDefault(cue.type(), 0) > 1 ? 0.03 : 0);
                Sentence sentence = facts.get(s).sentence();
                Detection detection = new Detection(cue.type(), Math.max(0, Math.min(0.99, confidence)),
                        named == null ? null : named.name(), sentence.start(), sentence.end(), analysis.language());
                add(result.computeIfAbsent(cue.type(), t -> new ArrayList<>()), detection);
            }
        }
        result.replaceAll((type, detections) -> keep(detections, settings.minConfidence()));
        return result;
    }

    /**
     * Whether an availability cue of the type stands alone: no other type is cued in its sentence or the sentence
     * before. What becomes available is then the product; otherwise the other cue says what it is: jobs ("bieten zum
     * 1. September 30 Ausbildungsplätze an"), a new market ("startet in Frankreich. Kunden dort können ab sofort
     * bestellen"), bonds to subscribe ("upisovat je lze od pondělí").
     */
    private static boolean alone(TriggerType type, Set<TriggerType> cuedHere, Set<TriggerType> cuedBefore) {
        for (TriggerType other : TriggerType.values()) {
            if (other != type && (cuedHere.contains(other) || cuedBefore.contains(other))) {
                return false;
            }
        }
        return true;
    }

    private static double companyBonus(CompanyExtractor.Pick pick) {
        if (pick == null) {
            return -0.15;
        }
        if (!pick.inSentence()) {
            return 0;
        }
        return pick.score() >= CLEAR_COMPANY ? 0.1 : 0.05;
    }

    /** Adds a detection unless one of the same company is already there; keeps the more confident. */
    private static void add(List<Detection> detections, Detection detection) {
        for (int i = 0; i < detections.size(); i++) {
            Detection other = detections.get(i);
            if (java.util.Objects.equals(other.company(), detection.company())
                    || CompanyNames.sameCompany(other.company(), detection.company())) {
                if (detection.confidence() > other.confidence()) {
                    detections.set(i, detection);
                }
                return;
            }
        }
        detections.add(detection);
    }

    private static List<Detection> keep(List<Detection> detections, double minConfidence) {
        boolean named = detections.stream().anyMatch(d -> d.company() != null);
        return detections.stream()
                .filter(d -> d.confidence() >= minConfidence && (d.company() != null || !named))
                .toList();
    }
}
