using MedDoc.Api.Audit;
using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedDoc.Api.Endpoints;

/// <summary>GET /api/audit: the tenant's audit trail for admins, paged and filtered.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Administer)
            .MapGet("/", ListAuditEvents)
            .WithName(nameof(ListAuditEvents))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Audit rows of the caller's tenant, newest first; filter by action, subject, document_id, batch_id and a [from, to) time range.");
        return app;
    }

    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAuditEvents(
        MedDocDbContext database,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50,
        [FromQuery] string? action = null,
        [FromQuery] string? subject = null,
        [FromQuery(Name = "document_id")] Guid? documentId = null,
        [FromQuery(Name = "batch_id")] Guid? batchId = null,
        [FromQuery] DateTime? from = null,
        [FromQuery] DateTime? to = null)
    {
        if (page < 1 || pageSize is < 1 or > Paging.MaxPageSize)
        {
            return ApiProblems.InvalidPaging($"page must be 1 or more and page_size from 1 to {Paging.MaxPageSize}; got {page} and {pageSize}.");
        }
        if (action is not null && !AuditActions.All.Contains(action))
        {
            return ApiProblems.InvalidAuditFilter($"action must be one of: {string.Join(", ", AuditActions.All)}.");
        }
        var filter = new AuditFilter(page, pageSize, action, subject, documentId, batchId, from?.ToUniversalTime(), to?.ToUniversalTime());
        return TypedResults.Ok(await AuditLog.PageAsync(database, Caller.From(context.User)!.Tenant!, filter, cancellationToken));
    }
}
