namespace MedDoc.Api.Audit;

/// <summary>Endpoint metadata: requests to this endpoint are written to the audit trail as <paramref name="Action"/>.</summary>
public sealed record AuditedEndpoint(string Action, AuditTarget Target);

/// <summary>What the route's {id} (or the created resource) names.</summary>
public enum AuditTarget
{
    None,
    Document,
    ApiKey,
    Batch,
}
