namespace MedDoc.Api.Audit;

/// <summary><c>.Audited(AuditActions.Read, AuditTarget.Document)</c> on an endpoint or a group.</summary>
public static class AuditEndpointExtensions
{
    /// <summary>HttpContext.Items key under which a handler names the resource it created (a Guid).</summary>
    public const string CreatedResourceItem = "meddoc:audit_created_id";

    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, AuditTarget target = AuditTarget.None)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedEndpoint(action, target));

    /// <summary>Lets the audit trail name the document, batch or key a handler just created.</summary>
    public static void RecordCreatedResource(this HttpContext context, Guid id) => context.Items[CreatedResourceItem] = id;
}
