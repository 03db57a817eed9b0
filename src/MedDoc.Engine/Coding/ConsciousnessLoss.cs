using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The loss of consciousness of an intracranial injury (S06, 6th character), from what the injury's sentence (or the
/// next one) states
/// (ADR 017, 018): "without loss of consciousness", "no LOC", "did not lose consciousness" → the code "without loss of
/// consciousness"; "lost consciousness for a few seconds", "brief loss of consciousness" → "of 30 minutes or less"; "with
/// loss of consciousness" of no stated length → "of unspecified duration". A sentence that says nothing of it leaves the
/// code the pattern gave. Only codes whose title speaks of loss of consciousness are read. Pure.
/// Example: "a concussion with loss of consciousness" → S06.0X9A; "a concussion without loss of consciousness" → S06.0X0A.
/// </summary>
public static class ConsciousnessLoss
{
    private const string TitleWords = "loss of consciousness";
    private const string Without = "without loss of consciousness";
    private const string Brief = "loss of consciousness of 30 minutes or less";
    private const string UnstatedLength = "loss of consciousness of unspecified duration";

    // How many words before the loss a negation may come ("no history of loss of consciousness" is history, left to the base).
    private const int NegationReach = 3;

    // How many words after the loss its length may be stated ("lost consciousness for about 10 minutes").
    private const int LengthReach = 6;

    private const int BriefMinutes = 30;

    /// <summary>How many sentences from the injury's may state its loss of consciousness.</summary>
    private const int SentencesRead = 2;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "no", "without", "not", "denies", "denied", "never", "nor" };

    private static readonly HashSet<string> BriefWords = new(StringComparer.Ordinal) { "brief", "briefly", "momentary", "momentarily", "transient", "transiently" };

    private static readonly HashSet<string> SecondsWords = new(StringComparer.Ordinal) { "second", "seconds", "sec", "secs" };

    private static readonly HashSet<string> MinutesWords = new(StringComparer.Ordinal) { "minute", "minutes", "min", "mins" };

    /// <summary><paramref name="codes"/> with each intracranial injury set to the loss of consciousness its sentence states.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        return SpecificCode.Replace(codes, code => Stated(code, document, catalog), _ => false);
    }

    private static IcdCode? Stated(CodeSuggestion code, TextModel document, IcdCatalog catalog)
    {
        if (InjuryEncounter.Split(catalog, code.Code) is not { } split
            || !split.Base.Title.Contains(TitleWords, StringComparison.OrdinalIgnoreCase)
            || catalog.Parent(split.Base.Code) is not { } parent
            || Meaning(document, code.Evidence) is not { } meaning)
        {
            return null;
        }
        var sibling = catalog.Children(parent.Code).FirstOrDefault(child => child.Title.EndsWith(meaning, StringComparison.OrdinalIgnoreCase)
            && (meaning == Without || !child.Title.Contains(Without, StringComparison.OrdinalIgnoreCase)));
        return sibling is not null && sibling.Code != split.Base.Code && InjuryEncounter.Extend(catalog, sibling.Code, split.Character) is { } extended
            ? catalog.Find(extended)
            : null;
    }

    /// <summary>The title ending the sentences of <paramref name="evidence"/> state of consciousness, or null (not stated).</summary>
    internal static string? Meaning(TextModel document, IReadOnlyList<Span> evidence)
    {
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                continue;
            }
            // The injury's sentence, then the one after it ("He hit his head on the door. There was no loss of consciousness.").
            var at = document.SentenceOf(mention.Start);
            for (var sentence = at; sentence < Math.Min(document.Sentences.Count, at + SentencesRead); sentence++)
            {
                if (Meaning(Words(document, document.Sentences[sentence])) is { } meaning)
                {
                    return meaning;
                }
            }
        }
        return null;
    }

    private static string? Meaning(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var length = LossAt(words, i);
            if (length == 0)
            {
                continue;
            }
            for (var k = Math.Max(0, i - NegationReach); k < i; k++)
            {
                if (Negations.Contains(words[k]))
                {
                    return Without;
                }
            }
            if (i > 0 && BriefWords.Contains(words[i - 1]))
            {
                return Brief;
            }
            return StatesBriefLength(words, i + length) ? Brief : UnstatedLength;
        }
        return null;
    }

    // How many words the statement of a loss of consciousness at word i takes ("loss of consciousness", "lost consciousness", "LOC"), or 0.
    private static int LossAt(List<string> words, int i)
    {
        if (words[i] == "loc")
        {
            return 1;
        }
        if (words[i] is "loss" && i + 2 < words.Count && words[i + 1] == "of" && words[i + 2] == "consciousness")
        {
            return 3;
        }
        return words[i] is "lost" or "lose" or "losing" && i + 1 < words.Count && words[i + 1] == "consciousness" ? 2 : 0;
    }

    // "for a few seconds", "for 10 minutes": a length up to 30 minutes.
    private static bool StatesBriefLength(List<string> words, int from)
    {
        for (var j = from; j < Math.Min(words.Count, from + LengthReach); j++)
        {
            if (SecondsWords.Contains(words[j]))
            {
                return true;
            }
            if (MinutesWords.Contains(words[j]) && j > 0 && int.TryParse(words[j - 1], out var minutes))
            {
                return minutes <= BriefMinutes;
            }
        }
        return false;
    }

    private static List<string> Words(TextModel document, TokenRange sentence)
    {
        var words = new List<string>();
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Punctuation)
            {
                words.Add(document.Tokens[i].Value.ToLowerInvariant());
            }
        }
        return words;
    }
}
