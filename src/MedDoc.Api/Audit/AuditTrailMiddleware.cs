using MedDoc.Api.Identity;
using MedDoc.Api.Persistence;
using Microsoft.Net.Http.Headers;

namespace MedDoc.Api.Audit;

/// <summary>
/// After every request to an audited endpoint, and after every refused credential, appends one
/// row to the audit trail: who, what, which document or key, outcome, time, client address and
/// request id. It reads only routing data and the response status, never a body.
/// </summary>
public sealed class AuditTrailMiddleware(RequestDelegate next, AuditLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var audited = context.GetEndpoint()?.Metadata.GetMetadata<AuditedEndpoint>();
            var refusedCredentials = status == StatusCodes.Status401Unauthorized
                && (context.Request.Headers.ContainsKey(HeaderNames.Authorization) || context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName));
            if (audited is not null || refusedCredentials)
            {
                await log.AppendAsync(Describe(context, audited, refusedCredentials, status));
            }
        }
    }

    private static AuditEvent Describe(HttpContext context, AuditedEndpoint? audited, bool refusedCredentials, int status)
    {
        var caller = Caller.From(context.User);
        var target = audited?.Target ?? AuditTarget.None;
        var id = context.Items[AuditEndpointExtensions.CreatedResourceItem] as Guid?
            ?? (Guid.TryParse(context.Request.RouteValues["id"]?.ToString(), out var routeId) ? routeId : null);
        return new AuditEvent
        {
            TenantId = caller?.Tenant ?? context.Items[ApiKeyAuthenticationHandler.RefusedKeyTenantItem] as string,
            Subject = caller?.Subject,
            KeyId = caller?.KeyId,
            Action = refusedCredentials ? AuditActions.SignInFailure : audited!.Action,
            DocumentId = target == AuditTarget.Document ? id : null,
            BatchId = target == AuditTarget.Batch ? id : null,
            TargetKeyId = target == AuditTarget.ApiKey ? id?.ToString("N") : null,
            Outcome = OutcomeOf(status),
            Status = status,
            ClientAddress = context.Connection.RemoteIpAddress?.ToString(),
            RequestId = context.TraceIdentifier,
        };
    }

    private static string OutcomeOf(int status) => status switch
    {
        < 400 => "success",
        401 => "unauthenticated",
        403 => "denied",
        404 => "not_found",
        < 500 => "rejected",
        _ => "error",
    };
}
