namespace MedDoc.Api.Persistence.Configurations;

/// <summary>The tenant_id column every tenant-owned table has.</summary>
public static class TenantColumn
{
    public const int MaxLength = 100;
}
