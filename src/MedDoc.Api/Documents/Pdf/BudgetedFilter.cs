using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>
/// One of PdfPig's filters under a <see cref="PdfBudget"/>: expanding filters are measured first
/// and refused before they expand past the budget; every layer's output is then counted, so a
/// stream compressed twice pays for both layers. The decoded content of a page or form is checked
/// for how many glyphs it could show before PdfPig lays it out.
/// </summary>
public sealed class BudgetedFilter(IFilter inner, PdfBudget budget) : IFilter
{
    private static readonly NameToken EarlyChangeKey = NameToken.Create("EarlyChange");

    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.ThrowIfStopped();
        var ceiling = budget.RemainingForOneStream;
        long? expected = inner switch
        {
            FlateFilter => DecodedLength.Flate(input, ceiling, budget.CancellationToken),
            LzwFilter => DecodedLength.Lzw(input.Span, EarlyChange(streamDictionary, filterIndex), ceiling, budget.CancellationToken),
            RunLengthFilter => DecodedLength.RunLength(input.Span, ceiling),
            _ => null,
        };
        if (expected is { } length)
        {
            budget.EnsureFits(length);
        }
        var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        budget.Add(output.Length);
        if (filterIndex == FilterCount(streamDictionary) - 1 && ContentStreams.IsContent(streamDictionary))
        {
            budget.CheckContent(output.Span);
        }
        return output;
    }

    private static int FilterCount(DictionaryToken streamDictionary) =>
        streamDictionary.Data.TryGetValue(NameToken.Filter.Data, out var filter) && filter is ArrayToken filters ? filters.Length : 1;

    private static int EarlyChange(DictionaryToken streamDictionary, int filterIndex) =>
        DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex)
            .Data.TryGetValue(EarlyChangeKey.Data, out var value) && value is NumericToken number ? number.Int : 1;
}
