using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// The paging rule of every list endpoint: page from 1, page_size from 1 to <see cref="MaxPageSize"/>,
/// and no page that starts past the largest offset a query can skip.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>The invalid_paging problem, or null when <paramref name="page"/> and <paramref name="pageSize"/> are valid.</summary>
    public static ProblemHttpResult? Problem(int page, int pageSize) =>
        page < 1 ? ApiProblems.InvalidPaging($"page must be 1 or more, got {page}.")
        : pageSize is < 1 or > MaxPageSize ? ApiProblems.InvalidPaging($"page_size must be from 1 to {MaxPageSize}, got {pageSize}.")
        : (page - 1L) * pageSize > int.MaxValue
            ? ApiProblems.InvalidPaging($"page {page} with page_size {pageSize} starts past the last possible row; page must be at most {(int.MaxValue / pageSize) + 1}.")
        : null;
}
