package io.powermap.ingest.extraction.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * English or not, by the Optimaize n-gram detector. A document is refused only when the detector is
 * confident that it is another language and there is enough text to judge: a short staff page of
 * names and titles, or a heading, always passes, because names carry no language.
 */
public final class LanguageGuard {

    /** Fewer words than this are too little to judge. */
    public static final int MIN_WORDS = 25;
    /** How sure the detector must be of another language before a document is refused. */
    public static final double CONFIDENCE = 0.90;
    /** Enough text for a confident answer; the detector costs time in proportion to what it reads. */
    private static final int SAMPLE_CHARS = 2_000;
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da",
        "no", "fi", "cs", "ro", "hu", "tr", "ru", "uk", "el", "ar", "zh-CN", "ja", "ko", "vi", "id");

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Words.of("the", "and", "of", "to", "in", "is", "for",
        "that", "with", "on", "was", "by", "as", "are", "its", "has", "from", "which", "were", "have", "this", "it");

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final TextObjectFactory shortTexts = CommonTextObjectFactories.forDetectingShortCleanText();
    private static final double FOREIGN_PHRASE_CONFIDENCE = 0.99;

    public LanguageGuard() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().read(LANGUAGES))
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int[] counts = wordsAndFunctionWords(sample);
        // running English prose is dense in a few function words: only text that is not goes to the
        // detector (which costs milliseconds), and only the detector refuses anything
        if (counts[0] < MIN_WORDS || counts[1] * 100 >= counts[0] * 15) {
            return true;
        }
        TextObject object = texts.forText(sample);
        for (DetectedLanguage language : detector.getProbabilities(object)) {
            if (!language.getLocale().getLanguage().equals("en") && language.getProbability() >= CONFIDENCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short phrase (a title line) is surely written in a language other than English:
     * "Sieć Obywatelska Watchdog Polska" is, "Volunteers Rescue Harbor Watch" is not (the detector
     * gives it 0.95 German, so only near-certainty counts).
     */
    public boolean isSurelyForeignPhrase(String phrase) {
        for (DetectedLanguage language : detector.getProbabilities(shortTexts.forText(phrase))) {
            if (!language.getLocale().getLanguage().equals("en") && language.getProbability() >= FOREIGN_PHRASE_CONFIDENCE) {
                return true;
            }
        }
        return false;
    }

    /** Letters-only words in the text, and how many of them are common English function words. */
    private static int[] wordsAndFunctionWords(String text) {
        int words = 0;
        int common = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
                    common++;
                }
            }
        }
        return new int[] {words, common};
    }
}
