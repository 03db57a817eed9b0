namespace MedDoc.Api.Persistence;

/// <summary>No tenant: a context that sees no tenant-owned row and may add none (design time, start-up work).</summary>
public sealed class NoTenant : ICurrentTenant
{
    public static NoTenant Instance { get; } = new();

    public string? Id => null;
}
