using System.Globalization;
using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Engine.Coding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedDoc.Api.Endpoints;

/// <summary>GET /api/codes: type-ahead search of the ICD-10-CM catalog by code prefix or title words.</summary>
public static class CodesEndpoints
{
    public const int MaxQueryLength = 200;

    public static IEndpointRouteBuilder MapCodesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/codes").WithTags("Codes")
            .MapGet("/", SearchCodes)
            .WithName(nameof(SearchCodes))
            .RequireAuthorization(Policies.Analyze)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Search the ICD-10-CM catalog: q is a code prefix (\"E11.2\", \"e112\") and/or title words (\"diab kid\"); ranked, limit 1..50 (default 20).");
        return app;
    }

    public static Results<Ok<CodeSearchResponse>, ProblemHttpResult> SearchCodes(
        IcdCodeSearch search,
        [FromQuery(Name = "q")] string? query,
        [FromQuery] int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return ApiProblems.InvalidQuery("q is missing or blank; send a code prefix or words of a title, e.g. q=E11.2 or q=pleural effusion.");
        }
        if (query.Length > MaxQueryLength)
        {
            return ApiProblems.InvalidQuery(string.Create(CultureInfo.InvariantCulture, $"q has {query.Length} characters; the limit is {MaxQueryLength}."));
        }
        if (limit is < 1 or > IcdCodeSearch.MaxResults)
        {
            return ApiProblems.InvalidQuery(string.Create(CultureInfo.InvariantCulture, $"limit must be from 1 to {IcdCodeSearch.MaxResults}, got {limit}."));
        }
        var items = search.Search(query, limit).Select(code => new CodeSearchItem(code.Code, code.Title, code.Billable)).ToList();
        return TypedResults.Ok(new CodeSearchResponse(items));
    }
}
