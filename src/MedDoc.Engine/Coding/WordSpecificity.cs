using System.Runtime.CompilerServices;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Specificity from the tabular tree, for the words that tell codes of one category apart (type, acuity, stage, product):
/// a code whose title leaves something open ("Nicotine dependence, unspecified, uncomplicated") becomes the code of its
/// category whose title keeps every other word of it and adds words that are all stated next to the evidence (around it, up to
/// <see cref="Reach"/> tokens either side, within its sentence): "smoker of 20 cigarettes a day" → F17.210 "Nicotine
/// dependence, cigarettes, uncomplicated"; "heart failure, chronic and systolic" → I50.22. Parenthesised words of a title
/// are non-essential and need not be stated; a title naming a side is left to <see cref="SideSpecificity"/>, an "other"
/// title is never chosen by its words. Of several such codes the one with the most stated words wins; a tie, or none,
/// leaves the code as it is: never an invented specificity. Neoplasm and lab-value codes are left as they are. Pure.
/// </summary>
public static class WordSpecificity
{
    /// <summary>How many tokens before and after a mention may state its distinguishing words.</summary>
    public const int Reach = 6;

    private const string Unspecified = "unspecified";

    private static readonly char[] TitleSeparators = [' ', ',', '[', ']', ';', ':'];

    private static readonly string[] RomanNumerals = ["i", "ii", "iii", "iv", "v"];

    // A title's words and a category's codes, worked out once per catalog entry (entries live as long as their catalog).
    private static readonly ConditionalWeakTable<IcdCode, HashSet<string>> TitleWords = [];
    private static readonly ConditionalWeakTable<IcdCode, IcdCode[]> CategoryCodes = [];

    private static readonly HashSet<string> Unchosen = new(StringComparer.Ordinal)
    {
        "other", "right", "left", "bilateral", "unspecified", "not", "elsewhere", "classified",
    };

    /// <summary><paramref name="codes"/> with each open code made as specific as the words around its evidence state, in their order.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        return SpecificCode.Replace(codes, code => MostSpecific(catalog, code, document));
    }

    private static IcdCode? MostSpecific(IcdCatalog catalog, CodeSuggestion code, TextModel document)
    {
        if (catalog.Find(code.Code) is not { } entry || !EssentialTitleWords(entry).Contains(Unspecified))
        {
            return null;
        }
        var open = EssentialTitleWords(entry).Where(word => word != Unspecified).ToHashSet(StringComparer.Ordinal);
        var stated = StatedWords(document, code.Evidence);
        IcdCode? best = null;
        var bestCount = 0;
        var tie = false;
        foreach (var candidate in Category(catalog, entry.Code[..3]))
        {
            if (!candidate.Billable || candidate.Code == entry.Code)
            {
                continue;
            }
            var words = EssentialTitleWords(candidate);
            if (!open.IsSubsetOf(words))
            {
                continue;
            }
            var added = words.Where(word => !open.Contains(word)).ToArray();
            if (added.Length == 0 || added.Any(Unchosen.Contains) || !added.All(stated.Contains))
            {
                continue;
            }
            if (added.Length > bestCount)
            {
                (best, bestCount, tie) = (candidate, added.Length, false);
            }
            else if (added.Length == bestCount)
            {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    // Every code below the category, level by level.
    internal static IReadOnlyList<IcdCode> Category(IcdCatalog catalog, string category) =>
        catalog.Find(category) is { } entry ? CategoryCodes.GetValue(entry, _ => Descendants(catalog, category)) : Descendants(catalog, category);

    private static IcdCode[] Descendants(IcdCatalog catalog, string category)
    {
        var codes = new List<IcdCode>();
        var level = catalog.Children(category);
        while (level.Count > 0)
        {
            codes.AddRange(level);
            level = level.SelectMany(code => catalog.Children(code.Code)).ToArray();
        }
        return [.. codes];
    }

    // The words of a title without its parenthesised ones; the set is shared, so it is only read.
    private static IReadOnlySet<string> EssentialTitleWords(IcdCode code) => TitleWords.GetValue(code, entry => Words(EssentialWords(entry.Title)));

    /// <summary>
    /// The words within <see cref="Reach"/> tokens of every evidence span, in its sentence, but not inside it: the concept or
    /// title that matched the evidence already chose its code with those words ("centrilobular emphysema" → J43.9 is the
    /// radiology table's choice, CODING.md).
    /// </summary>
    internal static HashSet<string> StatedWords(TextModel document, IReadOnlyList<Span> evidence)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                continue;
            }
            var sentence = document.Sentences[document.SentenceOf(mention.Start)];
            var end = Math.Min(sentence.End, mention.End + Reach);
            for (var i = Math.Max(sentence.Start, mention.Start - Reach); i < end; i++)
            {
                if (i < mention.Start || i >= mention.End)
                {
                    stated.Add(StageNumber(document.Tokens, i) ?? Singular(document.Tokens[i].Value));
                }
            }
        }
        return stated;
    }

    /// <summary>
    /// The number a Roman numeral after "stage" writes, as the titles write it ("stage IV chronic kidney disease" → "4",
    /// N18.4 "Chronic kidney disease, stage 4 (severe)"), or null. Only after "stage": a bare "IV" is intravenous.
    /// </summary>
    private static string? StageNumber(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Value != "stage")
        {
            return null;
        }
        var index = Array.IndexOf(RomanNumerals, tokens[i].Value);
        return index < 0 ? null : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Parenthesised words are non-essential modifiers (Official Guidelines I.A): "Chronic systolic (congestive) heart failure".
    private static string EssentialWords(string title)
    {
        var open = title.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = title.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }
            title = title.Remove(open, close - open + 1);
            open = title.IndexOf('(', StringComparison.Ordinal);
        }
        return title;
    }

    private static HashSet<string> Words(string title) =>
        title.ToLowerInvariant().Split(TitleSeparators, StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToHashSet(StringComparer.Ordinal);

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
