package io.powermap.ingest.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * English or not, by the Optimaize n-gram detector. A document is refused only when the detector is
 * confident that it is another language and there is enough text to judge: a short staff page of
 * names and titles, or a heading, always passes, because names carry no language.
 */
final class LanguageGuard {

    /** Fewer words than this are too little to judge. */
    static final int MIN_WORDS = 25;
    /** How sure the detector must be of another language before a document is refused. */
    static final double CONFIDENCE = 0.90;
    private static final int SAMPLE_CHARS = 20_000;
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da",
        "no", "fi", "cs", "ro", "hu", "tr", "ru", "uk", "el", "ar", "zh-CN", "ja", "ko", "vi", "id");

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageGuard() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().read(LANGUAGES))
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (words(sample) < MIN_WORDS) {
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

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
