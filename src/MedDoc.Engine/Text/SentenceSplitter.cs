namespace MedDoc.Engine.Text;

/// <summary>
/// Splits tokens into sentences: a sentence ends after ".", "!" or "?" and at a line break, except a line
/// break inside running prose (the line ends in a word or comma and the next starts in lower case) and a period
/// that <see cref="Abbreviations"/> keeps open ("C. difficile colitis", "Dr. Example", "81 mg p.o. daily"), and a question
/// mark written before the word it queries rather than after a question ("Assessment: ? pneumonia", "…, ? hypovolemia").
/// Example: "No effusion. Mild cardiomegaly." → two sentences; "No effusion or\npneumothorax." → one.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="tokens"/> as token ranges, in order, covering every token.</summary>
    public static IReadOnlyList<TokenRange> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<TokenRange>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > start && token.LineStart && !ContinuesProse(text, tokens[i - 1], token))
            {
                sentences.Add(new TokenRange(start, i));
                start = i;
            }
            if (token.Kind == TokenKind.Punctuation && token.Value is "." or "!" or "?" && !KeptOpen(text, tokens, i))
            {
                sentences.Add(new TokenRange(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.Count)
        {
            sentences.Add(new TokenRange(start, tokens.Count));
        }
        return sentences;
    }

    private static bool KeptOpen(string text, IReadOnlyList<Token> tokens, int period) =>
        tokens[period].Value == "?" ? QueriesNextWord(text, tokens, period) : tokens[period].Value == "." && period > 0 && period + 1 < tokens.Count
        && tokens[period - 1].IsWordLike && tokens[period - 1].End == tokens[period].Start && !tokens[period + 1].LineStart
        && Abbreviations.Embedded.KeepsSentenceOpen(text.AsSpan(tokens[period - 1].Start, tokens[period - 1].Length), text[tokens[period + 1].Start]);

    // A question mark with a space or an item's start before it and a word right after it on the same line queries that
    // word ("? pneumonia"); one glued to the word before it ends a question ("Any fever? Pneumonia was …").
    private static bool QueriesNextWord(string text, IReadOnlyList<Token> tokens, int mark) =>
        mark + 1 < tokens.Count && tokens[mark + 1].Kind == TokenKind.Word && !tokens[mark + 1].LineStart
        && (mark == 0 || tokens[mark].LineStart || tokens[mark - 1].End < tokens[mark].Start || tokens[mark - 1].Value is ":" or "," or "(");

    private static bool ContinuesProse(string text, in Token previous, in Token next) =>
        (previous.IsWordLike || previous.Value == ",") && next.Kind == TokenKind.Word && char.IsLower(text[next.Start]);
}
