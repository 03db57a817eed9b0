using System.Text.RegularExpressions;

namespace MedDoc.Engine.Classification;

/// <summary>
/// A regular expression whose syntax is checked at once and whose matcher is built on first use. Building a linear-time
/// (<see cref="RegexOptions.NonBacktracking"/>) matcher costs milliseconds per pattern (a word boundary alone about
/// 3 ms), while parsing the pattern costs microseconds; many document-type patterns run only on some documents (a
/// cue whose leading literal the text lacks never runs). The matcher is the same whenever it is built, and
/// <see cref="Lazy{T}"/> builds it once even when several threads ask at the same time.
/// </summary>
internal static class LazyRegex
{
    /// <summary>
    /// <paramref name="pattern"/> with <paramref name="options"/>, built on first use; throws now when its syntax is
    /// invalid (an option that only the linear-time engine rejects is found when it is built, which the tests do for
    /// every embedded pattern).
    /// </summary>
    public static Lazy<Regex> Create(string pattern, RegexOptions options)
    {
        // The backtracking engine parses the same syntax in microseconds; its parsed pattern is what the matcher is built from.
        var parsed = new Regex(pattern, options & ~RegexOptions.NonBacktracking);
        return new Lazy<Regex>(() => new Regex(parsed.ToString(), options), LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
