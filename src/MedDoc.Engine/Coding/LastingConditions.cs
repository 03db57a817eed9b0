using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Which ICD-10-CM codes name a condition that lasts once diagnosed (Rules/lasting_conditions.json): a code in one of
/// the ranges, or one whose title says "chronic". Stated as history or listed under PAST MEDICAL HISTORY, such a
/// condition is still the patient's and is coded; an episode stays historical.
/// Example: E03.9 "Hypothyroidism, unspecified" and K29.50 "Unspecified chronic gastritis without bleeding" last;
/// J18.9 "Pneumonia, unspecified organism" does not. Immutable and thread-safe.
/// </summary>
public sealed class LastingConditions
{
    /// <summary>Name of the rule file under Rules/.</summary>
    public const string RulesFileName = "lasting_conditions.json";

    // Each range as catalog keys ("E08", "E13"; "G473"), compared by prefix without building a key per range and code.
    private readonly (string From, string To)[] _ranges;
    private readonly string[] _titleWords;

    /// <summary>The conditions of <paramref name="file"/>.</summary>
    public LastingConditions(LastingConditionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _ranges = file.Ranges.Select(Parse).Select(range => (IcdCatalog.Key(range.From), IcdCatalog.Key(range.To))).ToArray();
        _titleWords = file.TitleWords.ToArray();
    }

    /// <summary>The conditions of the embedded rule file.</summary>
    public static LastingConditions Embedded { get; } = new(RuleResources.Read<LastingConditionFile>(RulesFileName));

    /// <summary>True when <paramref name="code"/> names a condition that lasts once diagnosed.</summary>
    public bool Covers(IcdCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = IcdCatalog.Key(code.Code);
        foreach (var (from, to) in _ranges)
        {
            if (ComparePrefix(key, from) >= 0 && ComparePrefix(key, to) <= 0)
            {
                return true;
            }
        }
        return _titleWords.Any(word => SaysWord(code.Title, word));
    }

    /// <summary>Compares the first characters of <paramref name="key"/> (as many as <paramref name="bound"/> has) with it.</summary>
    private static int ComparePrefix(string key, string bound) =>
        key.AsSpan(0, Math.Min(key.Length, bound.Length)).CompareTo(bound, StringComparison.Ordinal);

    private static bool SaysWord(string title, string word)
    {
        for (var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(title[at - 1])) && (end == title.Length || !char.IsLetter(title[end])))
            {
                return true;
            }
        }
        return false;
    }

    private static CodeRange Parse(string range)
    {
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? new CodeRange(range, range) : new CodeRange(range[..dash], range[(dash + 1)..]);
    }
}
