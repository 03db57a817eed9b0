using System.Text.RegularExpressions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Classification;

public sealed class LiteralAnchoredPatternTests
{
    private const RegexOptions IgnoreCase = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase;
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;

    [Fact]
    public void FoldingReadsEveryCharacterAsTheLiteralACaseInsensitivePatternReadsItAs()
    {
        // Every character of the literals a pattern may begin with, against all of UTF-16: a case-insensitive pattern
        // reads c as the literal exactly when folding c gives the literal ("K", "k" and the Kelvin sign all read "k").
        foreach (var literal in "abcdefghijklmnopqrstuvwxyz0123456789 &/:-")
        {
            var pattern = new Regex(Regex.Escape(literal.ToString()), IgnoreCase);
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                Assert.True(pattern.IsMatch(c.ToString()) == (CaseFoldedText.Fold(c) == literal), $"U+{(int)c:X4} against '{literal}'");
            }
        }
    }

    [Fact]
    public void FoldingKeepsEveryOffset()
    {
        var folded = CaseFoldedText.Of("Hospital COURSE \u212Aidney 😀 Ünal");
        Assert.Equal("hospital course kidney 😀 Ünal", folded.Folded);
    }

    [Theory]
    [InlineData(@"\bhospital course\b", "hospital course")]
    [InlineData(@"\bdischarge medications?\b", "discharge medication")]
    [InlineData(@"\bH&E\b", "h&e")]
    [InlineData(@"\b(?:vital signs|vitals)\b", "vital signs|vitals")]
    [InlineData(@"(?:\bdischarge summary\b)|(?:\bdischarge summaries\b)", "discharge summary|discharge summaries")]
    [InlineData(@"\bfollow[- ]?up (?:in|with)\b", "follow")]
    [InlineData(@"(?i)\bejection fraction\b", "ejection fraction")]
    public void APatternThatBeginsWithLiteralsIsAnchoredOnThem(string pattern, string literals)
    {
        var options = pattern.StartsWith("(?i)", StringComparison.Ordinal) ? CaseSensitive : IgnoreCase;
        Assert.Equal(literals.Split('|'), LiteralAnchoredPattern.LeadingLiterals(pattern, options));
    }

    [Theory]
    [InlineData(@"\b\d+[- ](?:year|yr)[- ]old\b")]
    [InlineData(@"\b(?:bone )?marrow (?:edema|signal)\b")]
    [InlineData(@"(?:\bsurgical pathology\b)|(?:^\s*cytology\b)")]
    [InlineData(@"\bhp|\bros\b")]
    [InlineData(@"(?-i:\bXR\b)|\bx-?rays?\b")]
    [InlineData(@"(?<name>\bformalin\b)")]
    public void APatternWithoutALeadingLiteralInEachAlternativeIsSearchedWhole(string pattern) =>
        Assert.Null(LiteralAnchoredPattern.LeadingLiterals(pattern, IgnoreCase));

    [Fact]
    public void ACaseSensitivePatternIsSearchedWhole() =>
        Assert.Null(LiteralAnchoredPattern.LeadingLiterals(@"\bT[12] weighted\b|\bhounsfield\b", CaseSensitive));

    [Theory]
    [InlineData("xhospital course, then Hospital Course.")]
    [InlineData("HOSPITAL\u212A COURSE hospital course")]
    [InlineData("Hospital course")]
    [InlineData("no course here")]
    public void TheMatchIsTheOneTheWholeTextSearchFinds(string text)
    {
        var anchored = LiteralAnchoredPattern.Create(@"\bhospital course\b", IgnoreCase);
        AssertSameMatch(anchored, text);
    }

    [Fact]
    public void EveryEmbeddedDocumentTypePatternFindsTheSameMatchAsTheWholeTextSearch()
    {
        var rules = RuleResources.Read<DocumentTypeRules>("document_types.json");
        var patterns = rules.Kinds.SelectMany(kind => kind.Cues.Select(cue => cue.Pattern).OfType<string>().Select(pattern => (pattern, IgnoreCase))
                .Append((string.Join('|', kind.Titles.Select(title => $"(?:{title})")), IgnoreCase)))
            .Concat(rules.ModalityContent.SelectMany(rule => rule.Patterns).Select(pattern => (pattern, CaseSensitive)))
            .Select(entry => LiteralAnchoredPattern.Create(entry.Item1, entry.Item2))
            .ToArray();
        Assert.True(patterns.Count(pattern => pattern.Literals is not null) >= patterns.Length / 2, "most patterns begin with literals");
        var texts = Corpus(patterns.SelectMany(pattern => pattern.Literals ?? [])).ToArray();
        foreach (var pattern in patterns)
        {
            foreach (var text in texts)
            {
                AssertSameMatch(pattern, text);
            }
        }
    }

    // Each literal glued to a word before it (no word boundary), in capitals, at a line start, followed by a word
    // character, and in a sentence of the kinds of document the patterns read.
    private static IEnumerable<string> Corpus(IEnumerable<string> literals)
    {
        yield return "HOSPITAL COURSE: The patient was discharged home on day 3. Discharge medications: aspirin.";
        yield return "FINAL DIAGNOSIS: Gross description received in formalin; H&E sections, two cassettes. Margins are clear.";
        yield return "Echo: ejection fraction 55%, mitral regurgitation, left ventricle normal; axial images reformatted, 40 HU.";
        foreach (var literal in literals.Distinct(StringComparer.Ordinal))
        {
            yield return $"x{literal} and {literal.ToUpperInvariant()}s.\n{literal} {literal}";
            yield return $"History: {literal}ing; then {char.ToUpperInvariant(literal[0])}{literal[1..]} signs, {literal}: at discharge.";
        }
    }

    private static void AssertSameMatch(LiteralAnchoredPattern pattern, string text)
    {
        var expected = pattern.Regex.Match(text);
        var actual = pattern.Match(text, CaseFoldedText.Of(text));
        Assert.True((expected.Success, expected.Index, expected.Length) == (actual.Success, actual.Index, actual.Length),
            $"{pattern.Regex} on \"{text}\": expected {expected.Index}+{expected.Length}, got {actual.Index}+{actual.Length}");
    }
}
