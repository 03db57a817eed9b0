using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MedDoc.Api.Documents.Pdf;

/// <summary>PdfPig's filters, each wrapped in a <see cref="BudgetedFilter"/> that answers to one document's <see cref="PdfBudget"/>.</summary>
public sealed class BudgetedFilterProvider(PdfBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) =>
        [.. filters.Select(filter => (IFilter)new BudgetedFilter(filter, budget))];
}
