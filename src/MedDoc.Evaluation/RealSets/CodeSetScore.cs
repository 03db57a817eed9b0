namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// The CodiEsp score (../shared/data/real README): micro precision, recall and F1 of the returned codes against the
/// expected codes, exact, by category (first three characters), and outside chapter R (both sides without R codes, the
/// part a symptom-coding policy cannot move).
/// </summary>
public sealed record CodeSetScore(CodingScore Exact, CodingScore Category, CodingScore OutsideChapterR)
{
    /// <summary>The score of each document's returned codes against its expected codes.</summary>
    public static CodeSetScore Of(IEnumerable<(IReadOnlyList<string> Expected, IEnumerable<string> Returned)> documents)
    {
        var pairs = documents
            .Select(document => (Expected: (IReadOnlySet<string>)document.Expected.ToHashSet(StringComparer.Ordinal),
                                 Returned: (IReadOnlySet<string>)document.Returned.ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        return new CodeSetScore(
            CodingScore.Micro(pairs),
            CodingScore.Micro(pairs.Select(pair => (Categories(pair.Expected), Categories(pair.Returned)))),
            CodingScore.Micro(pairs.Select(pair => (WithoutChapterR(pair.Expected), WithoutChapterR(pair.Returned)))));
    }

    private static IReadOnlySet<string> Categories(IReadOnlySet<string> codes) => codes.Select(code => code[..3]).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> WithoutChapterR(IReadOnlySet<string> codes) => codes.Where(code => code[0] != 'R').ToHashSet(StringComparer.Ordinal);
}
