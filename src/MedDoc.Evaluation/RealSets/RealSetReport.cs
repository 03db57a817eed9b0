namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// What <see cref="RealSetScorer"/> measured on a real set: type accuracy when its documents carry an expected type,
/// the primary-site score when they carry site categories, the coding score when they carry expected codes.
/// </summary>
public sealed record RealSetReport(string Name, int Documents, double? TypeAccuracy, SiteScore? Sites, CodeSetScore? Codes)
{
    /// <summary>One line per measure, for the console.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string> { $"{Name}: {Documents} documents" };
        if (TypeAccuracy is { } accuracy)
        {
            lines.Add($"  type accuracy {accuracy:F3}");
        }
        if (Sites is { } sites)
        {
            lines.Add($"  {sites}");
        }
        if (Codes is { } codes)
        {
            lines.Add($"  codes exact:               {codes.Exact}");
            lines.Add($"  codes by category:         {codes.Category}");
            lines.Add($"  codes outside chapter R:   {codes.OutsideChapterR}");
            lines.Add($"  codes exact, current gold: {codes.ExactCurrentCodes}");
        }
        return lines;
    }
}
