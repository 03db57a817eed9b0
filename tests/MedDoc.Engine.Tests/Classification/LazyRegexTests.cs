using System.Text.RegularExpressions;
using MedDoc.Engine.Classification;

namespace MedDoc.Engine.Tests.Classification;

public sealed class LazyRegexTests
{
    private const RegexOptions LinearTime = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase;

    [Fact]
    public void APatternWithInvalidSyntaxIsRejectedAtOnce()
    {
        Assert.ThrowsAny<ArgumentException>(() => LazyRegex.Create(@"\b(?:hospital course\b", LinearTime));
    }

    [Fact]
    public void TheMatcherIsBuiltOnFirstUseWithTheGivenOptions()
    {
        var pattern = LazyRegex.Create(@"\bhospital course\b", LinearTime);

        Assert.False(pattern.IsValueCreated);
        Assert.Equal(3, pattern.Value.Match("xx HOSPITAL COURSE: home").Index);
        Assert.Equal(LinearTime, pattern.Value.Options);
    }

    [Fact]
    public void EveryEmbeddedDocumentTypePatternCompilesToALinearTimeMatcher()
    {
        // Unsupported constructs (backreferences, lookarounds) fail only when the linear-time matcher is built.
        var patterns = DocumentClassifier.Embedded.CompileAllPatterns();

        Assert.True(patterns.Count > 50, $"{patterns.Count} patterns");
        Assert.All(patterns, pattern => Assert.True(pattern.Options.HasFlag(RegexOptions.NonBacktracking), pattern.ToString()));
    }
}
