namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// The CodiEsp score (../shared/data/real README): micro precision, recall and F1 of the returned codes against the
/// expected codes, exact, by category (first three characters), and outside chapter R (both sides without R codes, the
/// part a symptom-coding policy cannot move). <paramref name="ExactCurrentCodes"/> is the exact score against the expected
/// codes that are billable codes of the engine's code set, the part of a gold written in an older edition that an engine
/// on this year's code set can match ("M54.5", split into M54.50–M54.59 since, is left out); returned codes all count.
/// </summary>
public sealed record CodeSetScore(CodingScore Exact, CodingScore Category, CodingScore OutsideChapterR, CodingScore ExactCurrentCodes)
{
    /// <summary>
    /// The score of each document's returned codes against its expected codes; <paramref name="isCurrent"/> tells whether an
    /// expected code is a billable code of the engine's code set.
    /// </summary>
    public static CodeSetScore Of(IEnumerable<(IReadOnlyList<string> Expected, IEnumerable<string> Returned)> documents, Func<string, bool> isCurrent)
    {
        ArgumentNullException.ThrowIfNull(isCurrent);
        var pairs = documents
            .Select(document => (Expected: (IReadOnlySet<string>)document.Expected.ToHashSet(StringComparer.Ordinal),
                                 Returned: (IReadOnlySet<string>)document.Returned.ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        return new CodeSetScore(
            CodingScore.Micro(pairs),
            CodingScore.Micro(pairs.Select(pair => (Categories(pair.Expected), Categories(pair.Returned)))),
            CodingScore.Micro(pairs.Select(pair => (WithoutChapterR(pair.Expected), WithoutChapterR(pair.Returned)))),
            CodingScore.Micro(pairs.Select(pair => (Current(pair.Expected, isCurrent), pair.Returned))));
    }

    private static IReadOnlySet<string> Categories(IReadOnlySet<string> codes) => codes.Select(code => code[..3]).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> WithoutChapterR(IReadOnlySet<string> codes) => codes.Where(code => code[0] != 'R').ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> Current(IReadOnlySet<string> codes, Func<string, bool> isCurrent) => codes.Where(isCurrent).ToHashSet(StringComparer.Ordinal);
}
