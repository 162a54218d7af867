package io.powermap.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A kept sentence indexes exactly as analysing it again would: same terms, positions, offsets and end. */
class SentenceTokensTest {

    private final Analyzer analyzer = Analyzers.text(true);

    @ParameterizedTest
    @ValueSource(strings = {
        "The Växjö Tenants' Union's grant of €40,000 was renewed in 2024 by the foundation.",
        "Campaigners opposed the dredging permits, and the council's vote went to them",
        "A sentence that ends with words the stop list drops: it was for the",
        "",
        "   spaced   out   ",
        "Ünïcödé, hyphen-joined words and e-mail addresses like desk@example.org count too"})
    void shouldReplayASentenceAsTheAnalyzerTokenisesItOnFirstAndLaterUse(String sentence) throws IOException {
        SentenceTokens kept = new SentenceTokens(analyzer, IndexFields.TEXT, 4);
        List<String> expected = tokens(analyzer.tokenStream(IndexFields.TEXT, sentence));
        assertEquals(expected, tokens(kept.of(sentence)), "first use (analysed now)");
        assertEquals(expected, tokens(kept.of(sentence)), "second use (kept)");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldStillAnalyseCorrectlyWhenOlderSentencesAreLetGo(int capacity) throws IOException {
        SentenceTokens kept = new SentenceTokens(analyzer, IndexFields.TEXT, capacity);
        List<String> sentences = List.of("the first grant went to a clinic", "members of the alliance met twice",
            "a third note names the treasurer", "the first grant went to a clinic");
        for (String sentence : sentences) {
            assertEquals(tokens(analyzer.tokenStream(IndexFields.TEXT, sentence)), tokens(kept.of(sentence)));
        }
    }

    /** Each token as "term +increment start-end", then the end's increment and offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }
}
